// A short extraction-speed run for comparing two checkouts (interleave them: the machine is
// shared) and for profiling (`node --import tsx --cpu-prof bench/extractSpeedDriver.ts …`):
// the first N real news articles or N synthetic articles (bench/syntheticArticles.ts), each
// through `extractArticle` `reps` times after a 50-article warm-up; prints one JSON line with
// the CPU seconds (this process, all threads), MB of text per CPU second and articles per CPU
// second. Writes nothing.
//   npx tsx bench/extractSpeedDriver.ts news 3000
//   npx tsx bench/extractSpeedDriver.ts synthetic 1500
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../src/extract/extractArticle.js';
import { syntheticArticles } from './syntheticArticles.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2] === 'synthetic' || process.argv[2] === 'synth' ? 'synthetic' : 'news';
const n = Number(process.argv[3] ?? 3000);
const reps = Number(process.argv[4] ?? 1);
const corpus = join(root, '..', 'shared', 'corpus', 'news-baomoi-2017.jsonl.gz');

const texts: string[] = [];
if (mode === 'news') {
  if (!existsSync(corpus)) {
    console.log(`extract-speed-driver: skipped, ${corpus} is absent`);
    process.exit(0);
  }
  const lines = createInterface({ input: createReadStream(corpus).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (texts.length >= n) break;
    if (!line.trim()) continue;
    texts.push(String((JSON.parse(line) as { text?: unknown }).text ?? ''));
  }
  lines.close();
} else for (const a of syntheticArticles(join(root, 'seeds'), n)) texts.push(a.text);

const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
const run = (t: string): number => {
  try {
    return extractArticle('bench', t).meetings.length;
  } catch {
    return 0; // refused as too long: counted as no meeting, as the bench counts it apart
  }
};
for (const t of texts.slice(0, 50)) run(t);
const cpu0 = process.cpuUsage();
let meetings = 0;
for (let r = 0; r < reps; r++) for (const t of texts) meetings += run(t);
const u = process.cpuUsage(cpu0);
const cpu = (u.user + u.system) / 1e6;
console.log(
  JSON.stringify({
    mode,
    articles: texts.length * reps,
    cpuSeconds: Math.round(cpu * 100) / 100,
    mbPerCpuSecond: Math.round(((bytes * reps) / 1e6 / cpu) * 1000) / 1000,
    articlesPerCpuSecond: Math.round((texts.length * reps) / cpu),
    meetings,
  }),
);
