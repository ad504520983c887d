// npm run eval: extract articles the way `kg extract` does and score them against hand-checked
// answers, per category (precision, recall, F1), for three sets scored separately:
//   seeds      seeds/*.txt                      vs test/gold/
//   genre-dev  ../shared/corpus/genre-dev/*.txt vs test/gold-genre/ (real articles kept out of
//              the repo; skipped, and said so, when that folder is absent)
//   local      ../shared/corpus/news-baomoi-2017.jsonl.gz vs test/gold-local/ (real local reports,
//              held out; each answer's source `<id>.txt` names the article of that id, streamed
//              out of the jsonl.gz; skipped, and said so, when that file is absent)
// Flags: --seeds DIR --gold DIR --genre DIR --genre-gold DIR --local FILE --local-gold DIR (relative
// to the current directory; defaults relative to the repository root), --verbose (missing and
// extra items per article).
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeArticle } from '../src/ingest/decodeArticle.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { toContract } from '../src/core/toContract.js';
import { answeredSources, evalSet, formatDiffs, formatResult, type EvalSetOptions, type Extract } from '../src/eval/evalSet.js';
import { idOfSource, readJsonlArticles } from '../src/eval/jsonlArticles.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => {
  const i = args.indexOf(name);
  // Relative to the current directory, so paths print short and still read correctly.
  return relative(process.cwd(), i >= 0 && args[i + 1] ? resolve(args[i + 1]!) : resolve(root, dflt)) || '.';
};
const verbose = args.includes('--verbose') || args.includes('-v');

const extract: Extract = (file, bytes) => toContract(extractArticle(file, decodeArticle(file, bytes)));

type SetSpec = Omit<EvalSetOptions, 'extract'> & { jsonl?: boolean };
const sets: SetSpec[] = [
  { name: 'seeds', articlesDir: opt('--seeds', 'seeds'), goldDir: opt('--gold', 'test/gold'), listUnanswered: true },
  { name: 'genre-dev', articlesDir: opt('--genre', '../shared/corpus/genre-dev'), goldDir: opt('--genre-gold', 'test/gold-genre'), listUnanswered: false },
  { name: 'local', articlesDir: opt('--local', '../shared/corpus/news-baomoi-2017.jsonl.gz'), goldDir: opt('--local-gold', 'test/gold-local'), jsonl: true },
];

for (const { jsonl, ...set } of sets) {
  console.log('');
  if (!existsSync(set.articlesDir)) {
    console.log(`${set.name}: skipped, ${set.articlesDir} not found (the articles are not in the repository)`);
    continue;
  }
  let readArticle: EvalSetOptions['readArticle'];
  if (jsonl) {
    const sources = answeredSources(set.goldDir);
    const texts = await readJsonlArticles(set.articlesDir, sources.map(idOfSource));
    readArticle = (source) => {
      const text = texts.get(idOfSource(source));
      return text === undefined ? undefined : Buffer.from(text, 'utf8');
    };
  }
  const result = evalSet({ ...set, extract, readArticle });
  if (verbose) {
    const diffs = formatDiffs(result);
    if (diffs) console.log(diffs + '\n');
  }
  console.log(formatResult(result));
}
