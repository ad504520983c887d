// Both tone placements of an open syllable ("Toạ đàm"/"Tọa đàm", "Uỷ ban"/"Ủy ban", "hoà"/"hòa")
// are in use: every phrase of the word lists must match text written either way, and the
// extractor must read the same facts from an article whichever placement it is written in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold, key, otherTonePlacement, phrasePattern } from '../../../src/text/index.js';
import { matcher } from '../../../src/extract/article/lexicon.js';
import { makeDoc } from '../../../src/extract/article/doc.js';
import { extractArticle } from '../../../src/extract/extractArticle.js';
import { toContract } from '../../../src/core/toContract.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = join(root, 'src/extract/data');

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsonFiles(p) : f.endsWith('.json') ? [p] : [];
  });
}

/** Every string of a word list (notes excluded), with where it sits. */
function phrases(v: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof v === 'string') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => phrases(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!k.startsWith('_')) phrases(x, `${path}.${k}`, out);
  return out;
}

const all = jsonFiles(dataDir).flatMap((f) => phrases(JSON.parse(readFileSync(f, 'utf8')), f.slice(dataDir.length + 1), []));
// Phrases with a syllable whose tone placement varies: the ones this is about.
const varying = all.filter(([, p]) => otherTonePlacement(p).old !== otherTonePlacement(p).new);

describe('word lists in both tone placements', () => {
  it('has phrases whose placement varies (the check below is not empty)', () => {
    expect(varying.length).toBeGreaterThan(10);
  });

  const files = [...new Set(all.map(([where]) => where.slice(0, where.indexOf('.json') + 5)))];
  it.each(files)('every phrase of %s matches either way', (file) => {
    const failing = all
      .filter(([where, p]) => where.startsWith(`${file}.`) && p.trim().length > 0 && p.length < 120)
      .filter(([, p]) => {
        const pattern = new RegExp(`^(?:${phrasePattern(p)})$`, 'u');
        const { old, new: neu } = otherTonePlacement(p);
        // Lists used with indexOf keep their edge spaces ("…, nhằm "); the pattern is of the words.
        return !pattern.test(fold(old.trim())) || !pattern.test(fold(neu.trim())) || key(old) !== key(neu);
      });
    expect(failing).toEqual([]);
  });

  it('a lexicon matcher finds each of its phrases written either way', () => {
    const list = varying.map(([, p]) => p).filter((p) => /\p{L}/u.test(p) && p.length < 80);
    const m = matcher(list, true);
    for (const p of list) {
      for (const written of [otherTonePlacement(p).old, otherTonePlacement(p).new]) {
        const hit = m.at(makeDoc(written), 0);
        expect(hit && key(hit.canonical)).toBe(key(p));
      }
    }
  });
});

describe('the extractor reads the same facts in either placement', () => {
  const seeds = join(root, 'seeds');
  const files = readdirSync(seeds)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort();
  const canonical = (v: unknown): unknown => {
    if (typeof v === 'string') return otherTonePlacement(v).new;
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, canonical(x)]));
    return v;
  };
  it.each(files)('%s', (f) => {
    const text = readFileSync(join(seeds, f), 'utf8').normalize('NFC');
    const { old, new: neu } = otherTonePlacement(text);
    const a = canonical(toContract(extractArticle(f, old)));
    const b = canonical(toContract(extractArticle(f, neu)));
    expect(a).toEqual(b);
  });
});

describe('meeting kinds in either placement', () => {
  const kinds = (JSON.parse(readFileSync(join(dataDir, 'article/meetings.json'), 'utf8')) as { kinds: string[] }).kinds;
  const varyingKinds = kinds.filter((k) => otherTonePlacement(k).old !== otherTonePlacement(k).new);
  it('has kinds whose placement varies ("Tọa đàm")', () => {
    expect(varyingKinds.length).toBeGreaterThan(0);
  });
  it.each(varyingKinds)('a lead reporting a %s reads the same written either way', (kind) => {
    const lead = (k: string) => `Huyện ủy Tịnh Biên: ${k} về công tác dân vận\n\nNgày 5/3/2021, Huyện ủy Tịnh Biên tổ chức ${k} về công tác dân vận năm 2021.`;
    const { old, new: neu } = otherTonePlacement(kind);
    const read = (k: string) => extractArticle('lead.txt', lead(k)).meetings.map((m) => ({ title: key(m.title), date: m.date }));
    expect(read(old)).toEqual(read(neu));
    expect(read(neu).length).toBeGreaterThan(0);
  });
});
