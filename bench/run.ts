// `npm run bench`: ingest and GraphQL measures on both engines in one run, written
// side by side to bench/results/ (ingest-<size>.json, graphql-<size>.json, the summaries
// ingest-summary.md / graphql-summary.md and the chart scaling.svg). Numbers are recorded
// for comparison, never asserted.
//   BENCH_SIZES=1000,10000,100000,real   corpus sizes (default 10000); `real` = ../shared/corpus/news-baomoi-2017.jsonl.gz
//   BENCH_ENGINES=grafeo,neo4j           engines (default both; Neo4j needs BENCH_NEO4J_URI or NEO4J_URI)
//   BENCH_NEO4J_PID=…                    pid of that Neo4j, to record its resident memory too
//   BENCH_BATCH=200  BENCH_WORKERS=<cores>  BENCH_HTTP_SECONDS=3
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { CypherEngine } from '../src/engine/CypherEngine.js';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { ApiStore } from '../src/store/ApiStore.js';
import { ingestTexts, type ArticleInput } from '../src/ingest/ingestTexts.js';
import { readArticles } from '../src/ingest/ingestFiles.js';
import { articleBatch } from '../src/ingest/articleBatch.js';
import { createApp } from '../src/graphql/createApp.js';
import { readExamples } from '../src/graphql/examples.js';
import { loadConfig } from '../src/config.js';
import { syntheticArticles } from './syntheticArticles.js';
import { rawWrite } from './rawWrite.js';
import { percentile, writeResults, type EngineRun, type Latency } from './results.js';
import { WARMUP_RUNS, writeSummaries } from './summaries.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL_CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news-baomoi-2017.jsonl.gz');
const sizes = (process.env.BENCH_SIZES ?? '10000')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const engines = (process.env.BENCH_ENGINES ?? 'grafeo,neo4j').split(',').map((s) => s.trim()) as Array<'grafeo' | 'neo4j'>;
const batchSize = Number(process.env.BENCH_BATCH ?? 200);
const workers = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const httpSeconds = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const neo4jUri = process.env.BENCH_NEO4J_URI ?? process.env.NEO4J_URI ?? '';
const neo4jSettings = { uri: neo4jUri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };
/** Articles extracted ahead of time for the raw and write-only measures (same rows for both). */
const RAW_SAMPLE = Number(process.env.BENCH_RAW_SAMPLE ?? 2000);

function corpus(size: string): { name: string; articles: () => AsyncIterable<ArticleInput> | Iterable<ArticleInput>; count: number | null } | null {
  if (size === 'real') {
    if (!existsSync(REAL_CORPUS)) return null;
    return { name: 'real', articles: () => readArticles([REAL_CORPUS]), count: null };
  }
  const n = Number(size);
  return { name: String(n), articles: () => syntheticArticles(join(ROOT, 'seeds'), n), count: n };
}

async function openEngine(engine: 'grafeo' | 'neo4j', dir: string, name: string): Promise<CypherEngine> {
  if (engine === 'grafeo') return new GrafeoEngine(join(dir, `${name}.grafeo`));
  const e = new Neo4jEngine(neo4jSettings);
  // Emptied in bounded transactions (one DETACH DELETE of a large graph would not fit Neo4j's transaction memory).
  while (Number((await e.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
  return e;
}

function neo4jRssMb(): number | null {
  const pid = process.env.BENCH_NEO4J_PID;
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function* take(items: AsyncIterable<ArticleInput> | Iterable<ArticleInput>, n: number): AsyncGenerator<ArticleInput> {
  let i = 0;
  for await (const item of items) {
    if (i++ >= n) return;
    yield item;
  }
}

async function runEngine(engine: 'grafeo' | 'neo4j', c: NonNullable<ReturnType<typeof corpus>>): Promise<EngineRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));
  const log = (s: string) => process.stderr.write(`[${engine} ${c.name}] ${s}\n`);

  // 1. The same rows three ways on a sample: extraction alone (one core), the app's write path
  //    alone, and raw CREATEs; so ingest can be compared with what the engine writes at best.
  const sample: Array<{ source: string; batch: ReturnType<typeof articleBatch> }> = [];
  let sampleBytes = 0;
  const tExtract = performance.now();
  for await (const item of take(c.articles(), Math.min(RAW_SAMPLE, c.count ?? RAW_SAMPLE))) {
    if (!('text' in item)) continue;
    try {
      sample.push({ source: item.source, batch: articleBatch(item.source, item.text) });
      sampleBytes += Buffer.byteLength(item.text);
    } catch {
      // unreadable inputs are the ingest's business; the sample keeps what extracts
    }
  }
  const extractSeconds = (performance.now() - tExtract) / 1000;
  const writeOnly = await (async () => {
    const store = new ApiStore(await openEngine(engine, dir, 'write-only'));
    await store.migrate();
    const t = performance.now();
    for (let i = 0; i < sample.length; i += batchSize) {
      const { concatBatches } = await import('../src/graph/GraphBatch.js');
      await store.upsert(concatBatches(sample.slice(i, i + batchSize).map((s) => s.batch)));
    }
    const s = (performance.now() - t) / 1000;
    await store.close();
    return s;
  })();
  const raw = await (async () => {
    const e = await openEngine(engine, dir, 'raw');
    await e.applySchema('schema');
    const s = await rawWrite(
      e,
      sample.map((x) => x.batch),
      batchSize,
    );
    await e.close();
    return s;
  })();
  log(
    `sample ${sample.length}: extract ${(sample.length / extractSeconds).toFixed(0)}/s, write path ${(sample.length / writeOnly).toFixed(0)}/s, raw ${(sample.length / raw).toFixed(0)}/s`,
  );

  // 2. The whole corpus through the real pipeline (parallel extraction, batched writes).
  const store = new ApiStore(await openEngine(engine, dir, 'graph'));
  await store.migrate();
  const batches: Array<{ stored: number; ms: number }> = [];
  const memory: Array<{ stored: number; rssMb: number; heapMb: number; neo4jRssMb: number | null }> = [];
  let peakRss = 0;
  let lastStored = 0;
  let lastT = performance.now();
  const started = lastT;
  const report = await ingestTexts(store, c.articles(), {
    batchSize,
    workers,
    onProgress: (r) => {
      if (r.stored === lastStored) return;
      const now = performance.now();
      batches.push({ stored: r.stored - lastStored, ms: now - lastT });
      lastStored = r.stored;
      lastT = now;
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      if (batches.length % 10 === 1) {
        memory.push({ stored: r.stored, rssMb: m.rss / 2 ** 20, heapMb: m.heapUsed / 2 ** 20, neo4jRssMb: engine === 'neo4j' ? neo4jRssMb() : null });
        process.stderr.write(`\r[${engine} ${c.name}] ${r.stored} stored`);
      }
    },
  });
  const ingestSeconds = (performance.now() - started) / 1000;
  process.stderr.write('\n');
  const perBatch = (xs: typeof batches) =>
    xs.reduce((a, b) => a + b.ms, 0) /
    Math.max(
      1,
      xs.reduce((a, b) => a + b.stored, 0),
    );
  const edge = Math.max(1, Math.min(5, Math.floor(batches.length / 4)));
  log(`ingest ${report.stored} in ${ingestSeconds.toFixed(1)} s (${(report.stored / ingestSeconds).toFixed(0)}/s)`);

  // 3. Every example operation, in process and over HTTP, beside `{ __typename }`.
  const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }) });
  const operations = [{ name: '00-typename', query: '{ __typename }' }, ...readExamples().filter((e) => !e.name.includes('ingest'))];
  const inProcess: Record<string, Latency & { roundTrips: unknown; errors: number }> = {};
  const ask = async (query: string) => {
    const res = await app.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return (await res.json()) as { errors?: unknown[]; extensions?: { roundTrips?: unknown } };
  };
  for (const op of operations) {
    const times: number[] = [];
    // Untimed first runs: on a freshly started Neo4j they plan and compile the queries (0.5-1.4 s p99s at 10k
    // beside 20-65 ms p50s), so the p99 measures the steady state.
    let last = {} as Awaited<ReturnType<typeof ask>>;
    for (let i = 0; i < WARMUP_RUNS; i++) last = await ask(op.query);
    const until = performance.now() + 4000;
    while (times.length < 200 && (times.length < 5 || performance.now() < until)) {
      const t = performance.now();
      last = await ask(op.query);
      times.push(performance.now() - t);
    }
    inProcess[op.name] = { ...percentile(times), roundTrips: last.extensions?.roundTrips ?? null, errors: last.errors?.length ?? 0 };
    log(`${op.name}: p50 ${inProcess[op.name]!.p50.toFixed(1)} ms, p99 ${inProcess[op.name]!.p99.toFixed(1)} ms`);
  }
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const http: Record<string, Latency & { requestsPerSecond: number; errors: number }> = {};
  for (const op of operations) {
    const r = await autocannon({
      url,
      connections: 10,
      duration: httpSeconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: op.query }),
    });
    http[op.name] = { p50: r.latency.p50, p99: r.latency.p99, n: r.requests.total, requestsPerSecond: r.requests.average, errors: r.errors + r.non2xx };
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const stats = await store.stats();
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  return {
    engine,
    corpus: c.name,
    date: new Date().toISOString(),
    cores: availableParallelism(),
    workers,
    batchSize,
    ingest: {
      stored: report.stored,
      skipped: report.skipped.length,
      seconds: ingestSeconds,
      articlesPerSecond: report.stored / ingestSeconds,
      msPerArticleFirstBatches: perBatch(batches.slice(0, edge)),
      msPerArticleLastBatches: perBatch(batches.slice(-edge)),
      batches: batches.length,
    },
    sample: {
      articles: sample.length,
      extractArticlesPerSecondOneCore: sample.length / extractSeconds,
      extractMBPerSecondOneCore: sampleBytes / 2 ** 20 / extractSeconds,
      writePathArticlesPerSecond: sample.length / writeOnly,
      rawCreateArticlesPerSecond: sample.length / raw,
    },
    ratioToRawWrite: report.stored / ingestSeconds / (sample.length / raw),
    peakRssMb: peakRss / 2 ** 20,
    neo4jRssMb: engine === 'neo4j' ? neo4jRssMb() : null,
    memory,
    graphql: { inProcess, http },
    stats,
  };
}

for (const size of sizes) {
  const c = corpus(size);
  if (!c) {
    console.log(`bench: ${REAL_CORPUS} is absent: the real-corpus run is skipped.`);
    continue;
  }
  for (const engine of engines) {
    if (engine === 'neo4j' && !neo4jUri) {
      console.log('bench: no BENCH_NEO4J_URI / NEO4J_URI: the Neo4j runs are skipped.');
      continue;
    }
    const run = await runEngine(engine, c);
    const files = writeResults(join(ROOT, 'bench', 'results'), run);
    console.log(
      `${engine} ${c.name}: ${run.ingest.stored} articles, ${run.ingest.articlesPerSecond.toFixed(0)}/s (${(run.ratioToRawWrite * 100).toFixed(0)}% of raw CREATE), peak RSS ${run.peakRssMb.toFixed(0)} MB → ${files.join(', ')}`,
    );
  }
}
writeSummaries(join(ROOT, 'bench', 'results'));
