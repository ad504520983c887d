// Extraction speed on real news: MB of input text per CPU second, one core (this process, no
// workers), over ../shared/corpus/news-baomoi-2017.jsonl.gz. Beside it, a naive regex reader
// of the same text (a handful of global patterns for symbols, dates and capitalised names)
// as a reference for what a single pass over the text costs. Written to
// bench/results/extract-speed.{json,md}; never asserted.
//   BENCH_EXTRACT_ARTICLES=5000 npx tsx bench/extractSpeed.ts   (default: the whole corpus)
// The corpus is not in the repo (unknown license): when ../shared/corpus is absent this says
// it skipped and writes nothing.
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleTooLong, extractArticle } from '../src/extract/extractArticle.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = join(root, '..', 'shared', 'corpus', 'news-baomoi-2017.jsonl.gz');
const limit = Number(process.env.BENCH_EXTRACT_ARTICLES ?? Infinity);

if (!existsSync(corpus)) {
  console.log(`extract-speed: skipped, ${corpus} is absent (the real news corpus is kept outside the repo)`);
  process.exit(0);
}

interface Article {
  id: string;
  text: string;
}
const articles: Article[] = [];
const file = createReadStream(corpus);
const gunzip = file.pipe(createGunzip());
const lines = createInterface({ input: gunzip, crlfDelay: Infinity });
for await (const line of lines) {
  if (articles.length >= limit) break;
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { id: string; text: string };
  articles.push({ id: String(a.id), text: String(a.text ?? '') });
}
lines.close();
// Stop decompressing the rest: this process's CPU time is what is measured.
file.destroy();
gunzip.destroy();
await new Promise((resolve) => setTimeout(resolve, 100));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
const chars = articles.reduce((n, a) => n + a.text.length, 0);
const MB = 1e6;

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

// Warm-up on a few articles, so compiling the patterns is not counted against the corpus.
for (const a of articles.slice(0, 50)) {
  try {
    extractArticle(a.id, a.text);
  } catch {
    /* counted below */
  }
}

// The machine is shared: the load beside the run says how far CPU seconds stand for a quiet one.
const loadBefore = loadavg()[0] ?? 0;
let refused = 0;
let failed = 0;
let meetings = 0;
let directives = 0;
let slowest = { id: '', ms: 0, chars: 0 };
const sizeBuckets = new Map<number, { articles: number; chars: number; ms: number }>();
// The first articles also pay for the JIT warming up (thousands of articles, not the 50 above):
// the rate after them is what a long run settles to.
const WARM_ARTICLES = 5000;
const warm = { bytes: 0, ms: 0 };
let index = 0;
const wall0 = performance.now();
const cpu0 = process.cpuUsage();
for (const a of articles) {
  const t = process.cpuUsage();
  try {
    const x = extractArticle(a.id, a.text);
    meetings += x.meetings.length;
    directives += x.directives.length;
  } catch (e) {
    if (e instanceof ArticleTooLong) refused++;
    else failed++;
  }
  const u = process.cpuUsage(t);
  const ms = (u.user + u.system) / 1000;
  if (ms > slowest.ms) slowest = { id: a.id, ms, chars: a.text.length };
  const bucket = 2 ** Math.ceil(Math.log2(Math.max(1024, a.text.length)));
  const b = sizeBuckets.get(bucket) ?? { articles: 0, chars: 0, ms: 0 };
  b.articles++;
  b.chars += a.text.length;
  b.ms += ms;
  sizeBuckets.set(bucket, b);
  if (index++ >= WARM_ARTICLES) {
    warm.bytes += Buffer.byteLength(a.text, 'utf8');
    warm.ms += ms;
  }
}
const cpu = cpuSeconds(process.cpuUsage(cpu0));
const wall = (performance.now() - wall0) / 1000;

// Naive reference: one pass of a few global patterns per article, no cleaning, no structure.
const NAIVE = [
  /(?:Chỉ thị|Nghị quyết|Kết luận|Quyết định|Kế hoạch|Thông báo)\s+(?:số\s+)?\d{1,5}(?:[-/][\p{L}\d-]+(?:\/[\p{L}\d-]+)?)?/gu,
  /(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?/gu,
  /(?:Hội nghị|Hội thảo|Tọa đàm|Toạ đàm|Phiên họp|Kỳ họp)[^.\n]{0,80}/gu,
  /\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}/gu,
];
let naiveHits = 0;
const ncpu0 = process.cpuUsage();
for (const a of articles) for (const re of NAIVE) for (const _m of a.text.matchAll(re)) naiveHits++;
const naiveCpu = cpuSeconds(process.cpuUsage(ncpu0));
const loadAfter = loadavg()[0] ?? 0;

const result = {
  date: new Date().toISOString(),
  corpus: 'news-baomoi-2017.jsonl.gz',
  node: process.version,
  cores: availableParallelism(),
  workers: 1,
  articles: articles.length,
  inputMB: bytes / MB,
  inputChars: chars,
  cpuSeconds: cpu,
  wallSeconds: wall,
  mbPerCpuSecond: bytes / MB / cpu,
  articlesPerCpuSecond: articles.length / cpu,
  afterWarmUp: { firstArticles: WARM_ARTICLES, mbPerCpuSecond: warm.ms > 0 ? warm.bytes / MB / (warm.ms / 1000) : null },
  refusedTooLong: refused,
  threw: failed,
  meetings,
  directives,
  slowestArticle: { id: slowest.id, ms: Math.round(slowest.ms * 10) / 10, chars: slowest.chars },
  msPerKcharBySize: [...sizeBuckets.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([upTo, b]) => ({
      upToChars: upTo,
      articles: b.articles,
      msPerKchar: Math.round((b.ms / (b.chars / 1000)) * 1000) / 1000,
    })),
  naiveRegexReference: { mbPerCpuSecond: bytes / MB / naiveCpu, cpuSeconds: naiveCpu, hits: naiveHits },
  loadAverage1m: { before: loadBefore, after: loadAfter },
};

const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'extract-speed.json'), JSON.stringify(result, null, 2) + '\n');
const md = [
  '# Extraction speed on real news',
  '',
  `${result.date}, Node ${result.node}, one process without workers (machine: ${result.cores} cores, shared). Written by \`bench/extractSpeed.ts\`.`,
  '',
  '| measure | value |',
  '| --- | --- |',
  `| articles | ${result.articles} |`,
  `| input text (UTF-8) | ${result.inputMB.toFixed(1)} MB, ${result.inputChars} characters |`,
  `| CPU time (user + system) | ${cpu.toFixed(1)} s (wall ${wall.toFixed(1)} s) |`,
  `| **MB of text per CPU second** | **${result.mbPerCpuSecond.toFixed(2)}** |`,
  `| articles per CPU second | ${result.articlesPerCpuSecond.toFixed(0)} |`,
  `| MB per CPU second after the first ${WARM_ARTICLES} articles (JIT warmed up) | ${result.afterWarmUp.mbPerCpuSecond?.toFixed(2) ?? '–'} |`,
  `| naive regex reference | ${result.naiveRegexReference.mbPerCpuSecond.toFixed(1)} MB per CPU second |`,
  `| load average (1 min) before / after | ${loadBefore.toFixed(2)} / ${loadAfter.toFixed(2)} |`,
  `| refused as too long / threw | ${refused} / ${failed} |`,
  `| meetings / directives found | ${meetings} / ${directives} |`,
  `| slowest article (CPU) | ${result.slowestArticle.id}: ${result.slowestArticle.ms} ms for ${result.slowestArticle.chars} characters |`,
  '',
  'CPU time per thousand characters by article size (flat means linear):',
  '',
  '| up to characters | articles | ms per 1000 characters |',
  '| ---: | ---: | ---: |',
  ...result.msPerKcharBySize.map((b) => `| ${b.upToChars} | ${b.articles} | ${b.msPerKchar} |`),
  '',
].join('\n');
writeFileSync(join(dir, 'extract-speed.md'), md);
console.log(
  `extract-speed: ${result.articles} articles, ${result.inputMB.toFixed(1)} MB in ${cpu.toFixed(1)} CPU s = ${result.mbPerCpuSecond.toFixed(2)} MB per CPU second (naive regex ${result.naiveRegexReference.mbPerCpuSecond.toFixed(1)}); threw ${failed}`,
);
console.log(`→ ${join(dir, 'extract-speed.json')}`);
