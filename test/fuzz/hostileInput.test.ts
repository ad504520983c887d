import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { decodeArticle, RejectedInput } from '../../src/ingest/decodeArticle.js';
import { cleanText } from '../../src/extract/clean/cleanText.js';
import { readHtml, UnreadableHtml } from '../../src/extract/clean/htmlToText.js';
import { extractArticle, ArticleTooLong } from '../../src/extract/extractArticle.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';

// Property tests (fast-check) over the pure pipeline: decoding, cleaning, extraction.
// Whatever comes in, each stage returns or refuses with its own error type: it never
// throws anything else, and its time stays within a generous bound per kilobyte. The
// bound is a tripwire for a hang or a quadratic blow-up, not a speed goal (those live
// in bench/); the slowest ms/KB seen is printed.

const SEEDS = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
/** Allowed per call: a fixed part (first-call JIT, a slow shared machine) plus a part per KB. */
const budgetMs = (chars: number) => 2000 + 100 * (chars / 1024);
const slowest = { stage: '', msPerKb: 0, chars: 0 };

function timed<T>(stage: string, chars: number, run: () => T): T {
  const t = performance.now();
  try {
    return run();
  } finally {
    const ms = performance.now() - t;
    if (chars > 1024 && ms / (chars / 1024) > slowest.msPerKb) Object.assign(slowest, { stage, msPerKb: ms / (chars / 1024), chars });
    expect(ms).toBeLessThan(budgetMs(chars));
  }
}

/** The refusals each stage may answer with; anything else thrown is a bug. */
function expectRefusal(error: unknown, ...allowed: Array<new (...args: never[]) => Error>) {
  if (!allowed.some((type) => error instanceof type)) throw error;
}

function extractOrRefuse(text: string) {
  return timed('extract', text.length, () => {
    try {
      const x = extractArticle('fuzz.txt', text);
      toGraphBatch(x);
      // Every evidence offset points inside the cleaned text, whatever the input was.
      for (const e of x.meetings.flatMap((m) => [m.evidence, ...m.citations.map((c) => c.evidence)])) {
        expect(0 <= e.start && e.start <= e.end && e.end <= x.text.length).toBe(true);
      }
      return x;
    } catch (error) {
      expectRefusal(error, ArticleTooLong, UnreadableHtml);
      return null;
    }
  });
}

/** Edits a real article the way scrapes break: cut, duplicated, spliced with junk, tags and entities. */
const mutatedSeed = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'duplicate', 'tag', 'entity'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.string({ unit: 'binary', maxLength: 40 }),
      ),
      { maxLength: 12 },
    ),
  )
  .map(([seed, edits]) => {
    let s = seed;
    for (const [op, a, b, junk] of edits) {
      const i = Math.floor(a * s.length);
      const j = Math.min(s.length, i + Math.floor(b * 400));
      if (op === 'insert') s = s.slice(0, i) + junk + s.slice(i);
      else if (op === 'delete') s = s.slice(0, i) + s.slice(j);
      else if (op === 'duplicate') s = s.slice(0, j) + s.slice(i, j) + s.slice(j);
      else if (op === 'tag') s = `${s.slice(0, i)}<div class="${junk.replace(/"/g, '')}"><p>${s.slice(i, j)}${s.slice(j)}`;
      else s = `${s.slice(0, i)}&${junk.slice(0, 8)};&#${Math.floor(b * 0x10ffff)};${s.slice(i)}`;
    }
    return s;
  });

const TAGS = ['div', 'p', 'span', 'b', 'h1', 'li', 'ul', 'table', 'td', 'tr', 'script', 'title', 'a', 'section'];
/** Nested markup up to thousands of levels, closed or not, with text and attributes between. */
const deepHtml = fc
  .tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom(...TAGS), fc.boolean(), fc.string({ maxLength: 30 }), fc.boolean())
  .map(
    ([depth, tag, close, text, doc]) =>
      `${doc ? '<!doctype html><html><body>' : ''}${`<${tag} id="x">${text}`.repeat(depth)}${close ? `</${tag}>`.repeat(depth) : ''}`,
  );

describe('fuzzing decoding, cleaning and extraction', () => {
  afterAll(() => console.log(`slowest: ${slowest.stage} at ${slowest.msPerKb.toFixed(1)} ms/KB (${slowest.chars} chars)`));

  it('decodes random bytes or refuses them with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 * 1024 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        timed('decode', buffer.length, () => {
          try {
            const text = decodeArticle('fuzz.bin', buffer);
            expect(text.includes('\u0000')).toBe(false);
          } catch (error) {
            expectRefusal(error, RejectedInput);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('decodes random text bytes in any position, then extracts them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 4000 }), (s) => {
        let text: string;
        try {
          text = decodeArticle('fuzz.txt', Buffer.from(s, 'utf8'));
        } catch (error) {
          expectRefusal(error, RejectedInput);
          return;
        }
        extractOrRefuse(text);
      }),
      { numRuns: 150 },
    );
  });

  it('extracts mutated real articles', () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => void extractOrRefuse(text)),
      { numRuns: 150 },
    );
  });

  it('reads or refuses deep and unclosed HTML, and cleaning never throws anything else', () => {
    fc.assert(
      fc.property(deepHtml, (html) => {
        timed('html', html.length, () => {
          try {
            readHtml(html);
          } catch (error) {
            expectRefusal(error, UnreadableHtml);
          }
          try {
            cleanText(html);
          } catch (error) {
            expectRefusal(error, UnreadableHtml);
          }
        });
        extractOrRefuse(html);
      }),
      { numRuns: 120 },
    );
  });
});
