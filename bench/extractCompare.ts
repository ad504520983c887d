// Output unchanged? Runs the extractor over every article of the real news corpus
// (../shared/corpus/news-baomoi-2017.jsonl.gz) and the genre-dev articles (../shared/corpus/genre-dev/*.txt)
// and writes, or compares with, one line per article: the contract JSON and a hash of the whole
// extraction (evidence offsets, cleaned text and all). For speed work: a change that only makes
// the extractor faster must leave every line as it was.
//   npx tsx bench/extractCompare.ts --write /tmp/baseline   (record)
//   npx tsx bench/extractCompare.ts /tmp/baseline           (compare; exit 1 on any difference)
//   EXTRACT_COMPARE_NEWS=3000 npx tsx bench/extractCompare.ts /tmp/baseline   (only the first 3000 news articles, and genre-dev)
// The corpus is not in the repo (unknown license): when ../shared/corpus is absent this says
// it skipped and does nothing.
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/extractArticle.js';
import { toContract } from '../src/core/toContract.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = join(root, '..', 'shared', 'corpus');
const news = join(corpusDir, 'news-baomoi-2017.jsonl.gz');
const genre = join(corpusDir, 'genre-dev');

const newsLimit = Number(process.env.EXTRACT_COMPARE_NEWS ?? Infinity);
const args = process.argv.slice(2);
const write = args[0] === '--write';
const dir = write ? args[1] : args[0];
if (!dir) {
  console.error('usage: npx tsx bench/extractCompare.ts [--write] DIR');
  process.exit(2);
}
if (!existsSync(news) || !existsSync(genre)) {
  console.log(`extract-compare: skipped, ${corpusDir} is absent or incomplete (the real corpora are kept outside the repo)`);
  process.exit(0);
}

interface Article {
  id: string;
  text: string;
}

async function* articles(): AsyncGenerator<Article> {
  const lines = createInterface({ input: createReadStream(news).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (n >= newsLimit) break;
    if (!line.trim()) continue;
    n++;
    const a = JSON.parse(line) as { id: unknown; text: unknown };
    yield { id: `news:${String(a.id)}`, text: typeof a.text === 'string' ? a.text : '' };
  }
  for (const f of readdirSync(genre)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    yield { id: `genre:${f}`, text: readFileSync(join(genre, f), 'utf8') };
  }
}

/** One line per article: its id, the hash of the whole extraction, the contract JSON (or the error thrown). */
function outputOf(a: Article): string {
  let contract: string;
  let full: string;
  try {
    const x = extractArticle(a.id, a.text);
    contract = JSON.stringify(toContract(x));
    full = JSON.stringify(x);
  } catch (e) {
    contract = full = JSON.stringify({ threw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
  return JSON.stringify({ id: a.id, full: createHash('sha1').update(full).digest('hex'), contract });
}

const out: string[] = [];
for await (const a of articles()) out.push(outputOf(a));

const file = join(dir, 'extract-output.jsonl');
if (write) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, out.join('\n') + '\n');
  console.log(`extract-compare: wrote ${out.length} articles → ${file}`);
} else {
  if (!existsSync(file)) {
    console.error(`extract-compare: no baseline at ${file} (write one with --write ${dir})`);
    process.exit(2);
  }
  const base = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);
  const byId = new Map(base.map((l) => [(JSON.parse(l) as { id: string }).id, l]));
  let same = 0;
  let contractDiffers = 0;
  let evidenceDiffers = 0;
  let missing = 0;
  const shown: string[] = [];
  for (const line of out) {
    const now = JSON.parse(line) as { id: string; full: string; contract: string };
    const was = byId.get(now.id);
    if (was === undefined) {
      missing++;
      continue;
    }
    if (was === line) {
      same++;
      continue;
    }
    const before = JSON.parse(was) as { full: string; contract: string };
    if (before.contract !== now.contract) contractDiffers++;
    else evidenceDiffers++;
    if (shown.length < 10) shown.push(`  ${now.id}\n    before ${before.contract.slice(0, 400)}\n    now    ${now.contract.slice(0, 400)}`);
  }
  const partial = Number.isFinite(newsLimit) ? ` (news limited to ${newsLimit})` : '';
  console.log(
    `extract-compare: ${out.length} articles${partial}, ${same} identical, ${contractDiffers} with another contract output, ${evidenceDiffers} with the same contract but other evidence, ${missing} not in the baseline (${base.length} there)`,
  );
  if (shown.length > 0) console.log(shown.join('\n'));
  process.exit(same === out.length && (partial !== '' || base.length === out.length) ? 0 : 1);
}
