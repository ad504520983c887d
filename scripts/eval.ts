// npm run eval: extract every seed article the way `kg extract` does and score it against the
// hand-checked answers. Prints precision, recall and F1 per category.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeArticle } from '../src/ingest/decodeArticle.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { toContract } from '../src/core/toContract.js';
import type { ContractDocument } from '../src/core/extraction.js';
import { add, CATEGORIES, prf, scoreDocument, type Category, type Counts } from '../src/eval/score.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const seedsDir = opt('--seeds', 'seeds');
const goldDir = opt('--gold', 'test/gold');
const verbose = args.includes('--verbose') || args.includes('-v');

const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
let scored = 0;
for (const file of files) {
  const goldPath = join(goldDir, basename(file, '.txt') + '.json');
  if (!existsSync(goldPath)) {
    console.warn(`no gold for ${file}, skipped`);
    continue;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as ContractDocument;
  const predicted = toContract(extractArticle(file, decodeArticle(file, readFileSync(join(seedsDir, file)))));
  const doc = scoreDocument(predicted, gold);
  scored++;
  for (const c of CATEGORIES) {
    totals[c] = add(totals[c], doc[c]);
    if (verbose && (doc[c].missing.length || doc[c].extra.length)) {
      console.log(`${file} ${c}`);
      for (const m of doc[c].missing) console.log(`   - missing  ${m}`);
      for (const x of doc[c].extra) console.log(`   + extra    ${x}`);
    }
  }
}

const pct = (x: number): string => x.toFixed(3);
console.log(`\n${scored} articles (${seedsDir} vs ${goldDir})\n`);
console.log(`${'category'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   tp  fp  fn`);
for (const c of CATEGORIES) {
  const t = totals[c];
  const s = prf(t);
  console.log(`${c.padEnd(14)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}  ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`);
}
