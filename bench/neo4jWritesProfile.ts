// `tsx bench/neo4jWritesProfile.ts`: where one ingest batch's write transaction spends its time on
// Neo4j. The statements GraphStore.upsert builds for one batch are run one at a time (awaited) with
// PROFILE, in one transaction, on an emptied graph and again after PROFILE_SIZE articles are stored:
// for each statement its wall time, db hits, rows, the operators that cost the most and whether an
// Eager operator is planned; then the commit alone. Also timed: an empty write transaction, a write
// transaction of one tiny MERGE (the commit's fixed cost), and toNeo4jParams on the batch (the driver's
// parameter conversion). Printed as Markdown; nothing is written to bench/results.
//   PROFILE_NEO4J_URI=bolt://127.0.0.1:7699 (emptied: never a server others use)  PROFILE_SIZE=10000
//   PROFILE_BATCH=200  PROFILE_CACHE=/tmp/rows.json (the extracted rows kept between runs)
//   PROFILE_PLAIN=1 (statements without PROFILE: wall times only)  NEO4J_USER / NEO4J_PASSWORD
//   PROFILE_SERVER_PID=<java pid> (a local server: its CPU time per statement, from /proc, which the load of a
//   shared machine inflates far less than wall time)  PROFILE_MIGRATE=0 (keep the schema as it is, e.g. with
//   indexes dropped by hand, to measure what maintaining them costs)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { NamedQueryEngine } from '../src/engine/NamedQueryEngine.js';
import { Neo4jDriver } from '../src/engine/neo4j/Neo4jDriver.js';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { toNeo4jParams } from '../src/engine/neo4j/toNeo4jParams.js';
import type { BoundStatement } from '../src/engine/QueryDriver.js';
import { concatBatches, type GraphBatch } from '../src/graph/GraphBatch.js';
import { extractAhead, parallelExtractor } from '../src/ingest/parallelExtract.js';
import { GraphStore } from '../src/store/GraphStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const uri = process.env.PROFILE_NEO4J_URI ?? '';
const size = Number(process.env.PROFILE_SIZE ?? 10000);
const batchSize = Number(process.env.PROFILE_BATCH ?? 200);
const cache = process.env.PROFILE_CACHE ?? '';
const plain = process.env.PROFILE_PLAIN === '1';
const serverPid = process.env.PROFILE_SERVER_PID ?? '';
const migrate = process.env.PROFILE_MIGRATE !== '0';
/** CPU ms (user + system) the server process has used so far; 0 when no pid is given. */
function serverCpuMs(): number {
  if (!serverPid) return 0;
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
const settings = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };
if (!uri || uri.endsWith(':7687')) {
  console.log('neo4jWritesProfile: needs PROFILE_NEO4J_URI (a Neo4j of your own, not :7687): nothing measured.');
  process.exit(0);
}
const log = (s: string) => process.stderr.write(`[neo4j profile] ${s}\n`);

interface StatementProfile {
  name: string;
  rows: number;
  ms: number;
  cpuMs: number;
  dbHits: number;
  eager: boolean;
  top: string;
}

function flatten(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(flatten)];
}

/**
 * Runs each statement awaited (with PROFILE when profiling: the catalog's text with the prefix, a
 * benchmark's own use), in one transaction, then commits; records each statement, and sums wall and
 * server CPU time by query name over every transaction it runs.
 */
class ProfilingDriver extends Neo4jDriver {
  profiles: StatementProfile[] = [];
  commitMs = 0;
  commitCpuMs = 0;
  profile = !plain;
  readonly totals = new Map<string, { ms: number; cpuMs: number; rows: number; n: number }>();
  private readonly raw = neo4j.driver(uri, neo4j.auth.basic(settings.user, settings.password));

  private add(name: string, ms: number, cpuMs: number, rows: number): void {
    const t = this.totals.get(name) ?? { ms: 0, cpuMs: 0, rows: 0, n: 0 };
    this.totals.set(name, { ms: t.ms + ms, cpuMs: t.cpuMs + cpuMs, rows: t.rows + rows, n: t.n + 1 });
  }

  override async write(statements: BoundStatement[]): Promise<unknown[][]> {
    const session = this.raw.session({ defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction();
    const out: unknown[][] = [];
    this.profiles = [];
    try {
      for (const s of statements) {
        const t = performance.now();
        const c = serverCpuMs();
        const result = await tx.run(this.profile ? `PROFILE ${s.text}` : s.text, s.params);
        const ms = performance.now() - t;
        const cpuMs = serverCpuMs() - c;
        const ops = result.summary.profile ? flatten(result.summary.profile) : [];
        const rows = Number((result.records[0]?.get('count') as { toNumber?: () => number } | undefined)?.toNumber?.() ?? 0);
        const top = [...ops]
          .sort((a, b) => b.dbHits - a.dbHits)
          .slice(0, 3)
          .filter((o) => o.dbHits > 0)
          .map((o) => `${o.operatorType.replace(/@.*/, '')} ${o.dbHits}`)
          .join(', ');
        this.profiles.push({
          name: s.name,
          rows,
          ms,
          cpuMs,
          dbHits: ops.reduce((a, o) => a + o.dbHits, 0),
          eager: ops.some((o) => o.operatorType.startsWith('Eager')),
          top,
        });
        this.add(s.name, ms, cpuMs, rows);
        out.push(result.records.map((r) => r.toObject()));
      }
      const t = performance.now();
      const c = serverCpuMs();
      await tx.commit();
      this.commitMs = performance.now() - t;
      this.commitCpuMs = serverCpuMs() - c;
      this.add('commit', this.commitMs, this.commitCpuMs, 0);
      return out;
    } finally {
      await session.close();
    }
  }

  override async close(): Promise<void> {
    await this.raw.close();
    await super.close();
  }
}

async function extracted(): Promise<GraphBatch[]> {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as GraphBatch[];
  const t0 = performance.now();
  const out: GraphBatch[] = [];
  const pool = parallelExtractor(availableParallelism());
  try {
    for await (const { batch } of extractAhead(syntheticArticles(join(ROOT, 'seeds'), size + batchSize), pool.extract, 8)) if (batch) out.push(await batch);
  } finally {
    await pool.close();
  }
  log(`extracted ${out.length} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

async function profileBatch(batch: GraphBatch, when: string): Promise<void> {
  const driver = new ProfilingDriver(settings);
  const store = new GraphStore(new NamedQueryEngine(driver));
  const t = performance.now();
  await store.upsert(batch);
  const total = performance.now() - t;
  await store.close();
  const sum = driver.profiles.reduce((a, p) => a + p.ms, 0);
  console.log(`\n### ${when} (${batchSize} articles; load ${loadavg()[0]?.toFixed(2)})\n`);
  const cpu = driver.profiles.reduce((a, p) => a + p.cpuMs, 0);
  console.log('| statement | rows | ms | server CPU ms | db hits | Eager | costliest operators (db hits) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const p of driver.profiles)
    console.log(`| ${p.name} | ${p.rows} | ${p.ms.toFixed(1)} | ${p.cpuMs.toFixed(0)} | ${p.dbHits} | ${p.eager ? 'yes' : ''} | ${p.top} |`);
  console.log(`| commit | | ${driver.commitMs.toFixed(1)} | ${driver.commitCpuMs.toFixed(0)} | | | |`);
  console.log(
    `| **total** (statements ${sum.toFixed(0)} ms + commit) | | ${total.toFixed(0)} | ${(cpu + driver.commitCpuMs).toFixed(0)} | ${driver.profiles.reduce((a, p) => a + p.dbHits, 0)} | | |`,
  );
}

function printTotals(totals: ProfilingDriver['totals'], what: string): void {
  const all = [...totals.values()].reduce((a, t) => ({ ms: a.ms + t.ms, cpuMs: a.cpuMs + t.cpuMs }), { ms: 0, cpuMs: 0 });
  const n = Math.max(1, totals.get('commit')?.n ?? 1);
  console.log(`\n### ${what}: per transaction, mean of ${n} (load ${loadavg()[0]?.toFixed(2)})\n`);
  console.log('| statement | rows | ms | server CPU ms | share of server CPU |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, t] of totals) {
    console.log(
      `| ${name} | ${(t.rows / t.n).toFixed(0)} | ${(t.ms / t.n).toFixed(1)} | ${(t.cpuMs / t.n).toFixed(1)} | ${((100 * t.cpuMs) / Math.max(1, all.cpuMs)).toFixed(0)}% |`,
    );
  }
  console.log(`| **total** | | ${(all.ms / n).toFixed(0)} | ${(all.cpuMs / n).toFixed(0)} | |`);
}

async function fixedCosts(batch: GraphBatch): Promise<void> {
  const time = async (n: number, f: () => Promise<unknown>) => {
    const ms: number[] = [];
    const c = serverCpuMs();
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await f();
      ms.push(performance.now() - t);
    }
    const cpu = (serverCpuMs() - c) / n;
    ms.sort((a, b) => a - b);
    return `p50 ${(ms[Math.floor(n / 2)] ?? 0).toFixed(2)} ms, p90 ${(ms[Math.floor(n * 0.9)] ?? 0).toFixed(2)} ms, server CPU ${cpu.toFixed(1)} ms each`;
  };
  const probe = { id: 'profile-probe', props: { name: 'profile probe' } };
  console.log('\n### Fixed costs\n');
  console.log(
    `- write transaction that writes nothing (upsert_places of no rows): ${await time(50, () => engine.write([{ query: 'upsert_places', params: { rows: [] } }]))}`,
  );
  console.log(
    `- write transaction of one node MERGE + SET (upsert_places, one row): ${await time(50, () => engine.write([{ query: 'upsert_places', params: { rows: [probe] } }]))}`,
  );
  const params = Object.values(batch).map((rows: unknown) => ({ rows }));
  const rows = Object.values(batch).reduce((a: number, r: unknown[]) => a + r.length, 0);
  console.log(`- toNeo4jParams of one batch's rows (${rows} rows): ${await time(20, async () => params.map(toNeo4jParams))}`);
}

const articles = await extracted();
const engine = new Neo4jEngine(settings);
while (Number((await engine.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
if (migrate) await new GraphStore(engine).migrate();
await fixedCosts(concatBatches(articles.slice(0, batchSize)));
await profileBatch(concatBatches(articles.slice(0, batchSize)), 'empty graph');
// The fill, statements awaited one by one and timed (no PROFILE), summed over its first and last fifths.
const timer = new ProfilingDriver(settings);
timer.profile = false;
const store = new GraphStore(new NamedQueryEngine(timer));
const batches = Math.ceil((size - batchSize) / batchSize);
const t = performance.now();
for (let b = 0, i = batchSize; i < size; b++, i += batchSize) {
  if (b === Math.floor(batches / 5)) {
    printTotals(timer.totals, `fill, first ${b} batches`);
    timer.totals.clear();
  }
  if (b === batches - Math.floor(batches / 5)) timer.totals.clear();
  await store.upsert(concatBatches(articles.slice(i, Math.min(size, i + batchSize))));
}
printTotals(timer.totals, `fill, last ${Math.floor(batches / 5)} batches, up to ${size} articles`);
log(`stored ${size} articles at ${((size - batchSize) / ((performance.now() - t) / 1000)).toFixed(0)}/s (load ${loadavg()[0]?.toFixed(2)})`);
await store.close();
await profileBatch(concatBatches(articles.slice(size, size + batchSize)), `after ${size} articles`);
await fixedCosts(concatBatches(articles.slice(size, size + batchSize)));
await engine.close();
