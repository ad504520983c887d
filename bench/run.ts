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
import { createApp } from '../src/graphql/createApp.js';
import { readExamples } from '../src/graphql/examples.js';
import { loadConfig } from '../src/config.js';

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
// GraphQL latency of every example operation users start from (schema/examples), median of 5 runs.
const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }) });
const graphql: Record<string, { medianMs: number; roundTrips: unknown; errors: number }> = {};
for (const example of readExamples()) {
  if (example.name.includes('ingest')) continue;
  const times: number[] = [];
  let last: { errors?: unknown[]; extensions?: { roundTrips?: unknown } } = {};
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const res = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query }),
    });
    last = (await res.json()) as typeof last;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  graphql[example.name] = { medianMs: times[2] ?? 0, roundTrips: last.extensions?.roundTrips ?? null, errors: last.errors?.length ?? 0 };
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
  graphql,
  stats,
};
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const out = join(root, 'bench', 'results', `ingest-${articles}.json`);
writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
console.log(`${report.stored} articles in ${ingestSeconds.toFixed(1)} s (${result.articlesPerSecond.toFixed(0)}/s), peak RSS ${result.peakRssMb.toFixed(0)} MB → ${out}`);
