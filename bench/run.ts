// `npm run bench`: ingest throughput and memory on a growing synthetic corpus,
// then read latency, written to bench/results/<name>.json. Not a test: numbers
// are recorded for comparison, never asserted.
//   BENCH_ARTICLES=100000 npm run bench   (default 2000)
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphStore } from '../src/store/GraphStore.js';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { ingestTexts } from '../src/ingest/ingestTexts.js';
import { syntheticArticles } from './syntheticArticles.js';

const articles = Number(process.env.BENCH_ARTICLES ?? 2000);
const batchSize = Number(process.env.BENCH_BATCH ?? 200);
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
const store = new GraphStore(new GrafeoEngine(join(dir, 'graph.grafeo')));
await store.migrate();

const samples: Array<{ stored: number; seconds: number; rssMb: number; heapMb: number }> = [];
const started = performance.now();
let nextSample = 0;
const report = await ingestTexts(store, syntheticArticles(join(root, 'seeds'), articles), {
  batchSize,
  onProgress: (r) => {
    if (r.stored < nextSample) return;
    nextSample = r.stored + Math.max(batchSize, Math.floor(articles / 20));
    const m = process.memoryUsage();
    samples.push({ stored: r.stored, seconds: (performance.now() - started) / 1000, rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20 });
    process.stderr.write(`\r${r.stored}/${articles} stored`);
  },
});
const ingestSeconds = (performance.now() - started) / 1000;
process.stderr.write('\n');

// Read latency: relationship loads over many ids, as the GraphQL loaders do.
const meetings = await store.list('Meeting', null, 100);
const ids = meetings.map((m) => m.id);
const reads: Record<string, number> = {};
for (const rel of ['meeting_citations', 'meeting_participants', 'meeting_organizers'] as const) {
  const t = performance.now();
  for (let i = 0; i < 20; i++) await store.related(rel, ids);
  reads[`${rel} x100 ids (ms)`] = (performance.now() - t) / 20;
}
const stats = await store.stats();
await store.close();
rmSync(dir, { recursive: true, force: true });

const result = {
  date: new Date().toISOString(),
  engine: 'grafeo',
  articles,
  batchSize,
  stored: report.stored,
  skipped: report.skipped.length,
  ingestSeconds,
  articlesPerSecond: report.stored / ingestSeconds,
  peakRssMb: Math.max(...samples.map((s) => s.rssMb)),
  samples,
  reads,
  stats,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const out = join(root, 'bench', 'results', `ingest-${articles}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`${report.stored} articles in ${ingestSeconds.toFixed(1)} s (${result.articlesPerSecond.toFixed(0)}/s), peak RSS ${result.peakRssMb.toFixed(0)} MB → ${out}`);
