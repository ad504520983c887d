// Example 04-search alone, in process, on a stored graph (issue 10): p50/p99 of the whole operation and where its
// time goes: each database read it makes (by query name: the full-text candidates, the page's node reads), the
// in-memory ranking (rankHits over the candidates, timed apart on the same rows), and the rest (GraphQL
// parsing, validation, projection). Run it from two trees on the same store, interleaved, to compare.
//   npx tsx bench/searchLatency.ts grafeo /tmp/x.grafeo label > out.json
//   NEO4J_URI=bolt://127.0.0.1:7695 NEO4J_PASSWORD=… npx tsx bench/searchLatency.ts neo4j - label > out.json
// BENCH_SEARCH_RUNS (default 300) timed runs after WARMUP_RUNS untimed ones.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherEngine, FollowUp, Params, Row, Statement } from '../src/engine/CypherEngine.js';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { createApp } from '../src/graphql/createApp.js';
import { loadConfig } from '../src/config.js';
import { probes, queryWords, rankHits } from '../src/graphql/search/rankHits.js';
import { LABELS } from '../src/graph/model.js';
import { ApiStore } from '../src/store/ApiStore.js';
import { WARMUP_RUNS } from './summaries.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [engineName, path, label] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 300);
const QUERY = readFileSync(join(ROOT, 'schema', 'examples', '04-search.graphql'), 'utf8');
const TEXT = 'chi thi 05';

/** The engine, timing every read by query name (what the operation spent in the database, round trip included). */
class TimingEngine implements CypherEngine {
  readonly reads: Array<{ query: string; ms: number }> = [];
  constructor(private readonly inner: CypherEngine) {}
  get name() {
    return this.inner.name;
  }
  async read(query: string, params?: Params): Promise<Row[]> {
    const t = performance.now();
    try {
      return await this.inner.read(query, params);
    } finally {
      this.reads.push({ query, ms: performance.now() - t });
    }
  }
  write(statements: Statement[]) {
    return this.inner.write(statements);
  }
  writeThen(first: Statement[], then: FollowUp) {
    return this.inner.writeThen(first, then);
  }
  applySchema(query: string) {
    return this.inner.applySchema(query);
  }
  close() {
    return this.inner.close();
  }
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'cypher') === '' ? '' : '+uncommitted'}`;
const load = () => loadavg().map((x) => Number(x.toFixed(2)));
const loadAtStart = load();

const engine = new TimingEngine(
  engineName === 'grafeo'
    ? new GrafeoEngine(path)
    : new Neo4jEngine({ uri: process.env.NEO4J_URI ?? '', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' }),
);
const store = new ApiStore(engine);
await store.migrate();
const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }) });

async function run() {
  const res = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return (await res.json()) as { data?: unknown; errors?: unknown[]; extensions?: { roundTrips?: number } };
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const summary = (xs: number[]) => ({
  p50: r2(quantile(xs, 0.5)),
  p99: r2(quantile(xs, 0.99)),
  mean: r2(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)),
});

let last = await run();
for (let i = 1; i < WARMUP_RUNS; i++) last = await run();
const total: number[] = [];
const perQuery = new Map<string, number[]>();
const dbPerRun: number[] = [];
const readsPerRun: number[] = [];
for (let i = 0; i < RUNS; i++) {
  engine.reads.length = 0;
  const t = performance.now();
  last = await run();
  total.push(performance.now() - t);
  // Time per query name, summed over its calls in the run (the node reads of several labels run in parallel, so
  // the database total can exceed the wall time a little when a page holds several labels).
  const byName = new Map<string, number>();
  for (const r of engine.reads) byName.set(r.query, (byName.get(r.query) ?? 0) + r.ms);
  for (const [q, ms] of byName) perQuery.set(q, [...(perQuery.get(q) ?? []), ms]);
  dbPerRun.push([...byName.values()].reduce((a, b) => a + b, 0));
  readsPerRun.push(engine.reads.length);
}
const reads = [...engine.reads.map((r) => r.query)];

// The ranking alone, on the candidates the first (whole words) query returns.
const words = queryWords(TEXT);
const candidates = await store.searchCandidates(probes(words, false), [...LABELS], 100);
const rows = candidates.map((c) => ({ id: c.id, folded: c.folded, __typename: c.label }));
const rank: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  rankHits(words, rows);
  rank.push(performance.now() - t);
}

await store.close();
console.log(
  JSON.stringify(
    {
      label,
      engine: engineName,
      date: new Date().toISOString(),
      commit,
      load: { start: loadAtStart, end: load() },
      runs: RUNS,
      total: summary(total),
      database: summary(dbPerRun),
      queries: Object.fromEntries([...perQuery].map(([q, xs]) => [q, { n: xs.length, ...summary(xs) }])),
      readsOfLastRun: reads,
      roundTrips: last.extensions?.roundTrips ?? null,
      candidates: candidates.length,
      candidateChars: candidates.reduce((a, c) => a + c.folded.length, 0),
      rankHits: summary(rank),
      answer: last.data ?? last.errors,
    },
    null,
    1,
  ),
);
