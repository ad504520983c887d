// npm run eval: extract articles the way `kg extract` does and score them against hand-checked
// answers, per category (precision, recall, F1), for two sets scored separately:
//   seeds      seeds/*.txt                      vs test/gold/
//   genre-dev  ../shared/corpus/genre-dev/*.txt vs test/gold-genre/ (real articles kept out of
//              the repo; skipped, and said so, when that folder is absent)
// Flags: --seeds DIR --gold DIR --genre DIR --genre-gold DIR (relative to the current directory;
// defaults relative to the repository root), --verbose (missing and extra items per article).
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeArticle } from '../src/ingest/decodeArticle.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { toContract } from '../src/core/toContract.js';
import { evalSet, formatDiffs, formatResult, type Extract } from '../src/eval/evalSet.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  // Relative to the current directory, so paths print short and still read correctly.
  return relative(process.cwd(), i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : resolve(root, dflt)) || '.';
};
const verbose = args.includes('--verbose') || args.includes('-v');

const extract: Extract = (file, bytes) => toContract(extractArticle(file, decodeArticle(file, bytes)));

const sets = [
  { name: 'seeds', articlesDir: opt('--seeds', 'seeds'), goldDir: opt('--gold', 'test/gold'), listUnanswered: true },
  { name: 'genre-dev', articlesDir: opt('--genre', '../shared/corpus/genre-dev'), goldDir: opt('--genre-gold', 'test/gold-genre'), listUnanswered: false },
];

for (const set of sets) {
  console.log('');
  if (!existsSync(set.articlesDir)) {
    console.log(`${set.name}: skipped, ${set.articlesDir} not found (the articles are not in the repository)`);
    continue;
  }
  const result = evalSet({ ...set, extract });
  if (verbose) {
    const diffs = formatDiffs(result);
    if (diffs) console.log(diffs + '\n');
  }
  console.log(formatResult(result));
}
