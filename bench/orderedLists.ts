// A/B of the date-ordered meeting lists and the name filters on one stored graph (issue 10), in process:
// the example operations they serve and their list levels alone, one request at a time. Run it from two
// trees (the code before and after) on the same store, interleaved, to compare on one graph and one load.
//   npx tsx bench/orderedLists.ts grafeo /tmp/x.grafeo label  > out.json
//   NEO4J_URI=bolt://127.0.0.1:7697 NEO4J_PASSWORD=… npx tsx bench/orderedLists.ts neo4j - label > out.json
// The store is opened as `kg serve` opens it (migrate first: new indexes, backfills); nothing else is written.
// bench/orderedListsReport.ts turns the JSON files into bench/results/ordered-lists.{md,json}.
// BENCH_OPS=01-latest-meetings,10-connections runs those operations only (the typename floor always runs).
// Each operation runs WARMUP_RUNS times untimed first (bench/summaries.ts), then is timed: BENCH_OP_RUNS runs (500;
// runs before 2026-12-02 took 100, whose p99 is the second worst run), at most BENCH_OP_SECONDS (30) each. Every run
// is kept with its process CPU time, the time the process's threads waited for a core (Linux run-queue wait,
// /proc/self/task/*/schedstat) and the GC pauses in it, so a slow run says whether it worked or waited.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { createApp } from '../src/graphql/createApp.js';
import { loadConfig } from '../src/config.js';
import { ApiStore } from '../src/store/ApiStore.js';
import { WARMUP_RUNS } from './summaries.js';
import type { OperationResult, RunTimes, Tail } from './orderedListsResult.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [engine, path, label] = process.argv.slice(2);
const SECONDS = Number(process.env.BENCH_OP_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_OP_RUNS ?? 500);

const example = (name: string) => readFileSync(join(ROOT, 'schema', 'examples', `${name}.graphql`), 'utf8');
/** Operations; `next` ones take the end cursor of the operation they follow (page 2). */
const OPERATIONS: Array<{ name: string; query: string; cursorOf?: string }> = [
  // The floor of a request on this machine under its load at the time.
  { name: '00-typename', query: '{ __typename }' },
  { name: '01-latest-meetings', query: example('01-latest-meetings') },
  { name: '01a-meetings-only', query: '{ meetings(first: 10) { nodes { id date } pageInfo { endCursor } } }' },
  { name: '01b-meetings-page-2', query: 'query($a: String) { meetings(first: 10, after: $a) { nodes { id date } } }', cursorOf: '01a-meetings-only' },
  { name: '12-pagination', query: example('12-pagination') },
  {
    name: '12b-pagination-page-2',
    query: 'query($a: String) { meetings(first: 2, after: $a, orderBy: DATE_ASC) { nodes { id date } } }',
    cursorOf: '12-pagination',
  },
  { name: '05-person', query: example('05-person') },
  { name: '05a-people-by-name', query: '{ people(name: "Lê Hữu Thọ") { nodes { id name } } }' },
  { name: '09-organization-timeline', query: example('09-organization-timeline') },
  { name: '09a-organizations-by-name', query: '{ organizations(name: "ban tuyen giao", first: 20) { totalCount nodes { id name } } }' },
  { name: '09b-organizations-by-name-no-count', query: '{ organizations(name: "ban tuyen giao", first: 20) { nodes { id name } } }' },
  { name: '05b-people', query: '{ people(first: 20) { totalCount nodes { id name } } }' },
  { name: '06-most-cited', query: example('06-most-cited') },
  { name: '06a-most-cited-only', query: '{ mostCitedDirectives(first: 5) { count directive { key } } }' },
  { name: '06b-citations-by-year', query: '{ citationCounts(by: YEAR, first: 5) { directive { key } year count } }' },
  { name: '11-directives-by-kind', query: example('11-directives-by-kind') },
  { name: '11a-directives', query: '{ directives(first: 20) { totalCount nodes { id } } }' },
  // The other example operations, so one run covers every example on a stored graph.
  ...['02-meetings-in-a-place', '03-directive', '04-search', '07-citations-by-period-and-place', '08-co-cited'].map((name) => ({ name, query: example(name) })),
  { name: '10-connections', query: example('10-connections') },
  { name: '10a-connections-4-hops', query: '{ connections(from: "CT-5-TTg", to: "NQ-29-TW", maxHops: 4, first: 10) { length nodes { id } } }' },
  { name: '10b-connections-hubs', query: '{ connections(from: "org:bo-chinh-tri", to: "place:tinh-bien", maxHops: 3, first: 5) { length nodes { id } } }' },
];
const only = process.env.BENCH_OPS?.split(',');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
// The code measured (a dirty tree says so) and the machine's load average around the run (2 shared cores).
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'src', 'cypher') === '' ? '' : '+uncommitted'}`;
const load = () => loadavg().map((x) => Number(x.toFixed(2)));
const loadAtStart = load();

const store = new ApiStore(
  engine === 'grafeo'
    ? new GrafeoEngine(path)
    : new Neo4jEngine({ uri: process.env.NEO4J_URI ?? '', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' }),
);
const tMigrate = performance.now();
await store.migrate();
const migrateMs = performance.now() - tMigrate;
const app = createApp({ store, config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }) });

async function run(query: string, variables: Record<string, unknown>) {
  const res = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: unknown[]; extensions?: { roundTrips?: number } };
}

function endCursor(data: unknown): string | null {
  const m = (data as { meetings?: { pageInfo?: { endCursor?: string } } } | undefined)?.meetings;
  return m?.pageInfo?.endCursor ?? null;
}

/** Milliseconds the threads of this process have waited in the run queue for a core (Linux), or null elsewhere. */
function queueWaitMs(): number | null {
  try {
    let ns = 0;
    for (const task of readdirSync('/proc/self/task')) {
      try {
        ns += Number(readFileSync(`/proc/self/task/${task}/schedstat`, 'utf8').split(' ')[1]);
      } catch {
        // A thread that ended between the listing and the read waits no more.
      }
    }
    return ns / 1e6;
  } catch {
    return null;
  }
}
// GC pauses of the main thread, by start time, to be summed per run.
const gcPauses: Array<{ start: number; ms: number }> = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, ms: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });

const r2 = (x: number) => Math.round(x * 100) / 100;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const mean = (xs: number[]) => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/** What the slowest 1% of the runs spent, beside the p99 over blocks of 100 runs (comparable with the older 100-run tables). */
function tailOf(runs: RunTimes[]): Tail {
  const byWall = [...runs].sort((a, b) => a.ms - b.ms);
  const slowest = byWall.slice(Math.min(byWall.length - 1, Math.floor(0.99 * byWall.length)));
  const blocks: number[] = [];
  for (let i = 0; i + 100 <= runs.length; i += 100)
    blocks.push(
      quantile(
        runs
          .slice(i, i + 100)
          .map((r) => r.ms)
          .sort((a, b) => a - b),
        0.99,
      ),
    );
  const others = byWall.slice(0, byWall.length - slowest.length);
  const waitOf = (rs: RunTimes[]) => (rs.some((r) => r.wait === null) ? null : mean(rs.map((r) => r.wait ?? 0)));
  return {
    cpuP50: quantile(
      runs.map((r) => r.cpu).sort((a, b) => a - b),
      0.5,
    ),
    cpuP99: quantile(
      runs.map((r) => r.cpu).sort((a, b) => a - b),
      0.99,
    ),
    p99Of100:
      blocks.length === 0
        ? null
        : quantile(
            [...blocks].sort((a, b) => a - b),
            0.5,
          ),
    p99Of100Range: blocks.length === 0 ? null : [Math.min(...blocks), Math.max(...blocks)],
    slowest: {
      n: slowest.length,
      ms: mean(slowest.map((r) => r.ms)),
      cpu: mean(slowest.map((r) => r.cpu)),
      wait: waitOf(slowest),
      gc: mean(slowest.map((r) => r.gc)),
    },
    others: { ms: mean(others.map((r) => r.ms)), cpu: mean(others.map((r) => r.cpu)), wait: waitOf(others), gc: mean(others.map((r) => r.gc)) },
  };
}

const cursors = new Map<string, string | null>();
const results: Record<string, OperationResult> = {};
for (const op of OPERATIONS.filter((o) => !only || o.name === '00-typename' || only.includes(o.name))) {
  const variables = op.cursorOf ? { a: cursors.get(op.cursorOf) ?? null } : {};
  const runs: RunTimes[] = [];
  // Untimed warm-up runs (query planning and JIT on a fresh server), as bench/run.ts does.
  let last = await run(op.query, variables);
  for (let i = 1; i < WARMUP_RUNS; i++) last = await run(op.query, variables);
  const until = performance.now() + SECONDS * 1000;
  while (runs.length < RUNS && (runs.length < 5 || performance.now() < until)) {
    const wait0 = queueWaitMs();
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    last = await run(op.query, variables);
    const end = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const wait1 = queueWaitMs();
    // GC entries are delivered after the run: let the observer see them before summing.
    await new Promise((resolve) => setImmediate(resolve));
    const gc = gcPauses.filter((g) => g.start >= t && g.start <= end).reduce((a, g) => a + g.ms, 0);
    gcPauses.length = 0;
    runs.push({ ms: r2(end - t), cpu: r2((cpu.user + cpu.system) / 1000), wait: wait0 === null || wait1 === null ? null : r2(wait1 - wait0), gc: r2(gc) });
  }
  cursors.set(op.name, endCursor(last.data));
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const at = (q: number) => quantile(times, q);
  results[op.name] = {
    p50: at(0.5),
    p99: at(0.99),
    min: times[0] ?? NaN,
    n: times.length,
    roundTrips: last.extensions?.roundTrips ?? null,
    errors: last.errors?.length ?? 0,
    // What the operation answered, so the two trees' answers can be compared.
    answer: JSON.stringify(last.data ?? last.errors).slice(0, 100000),
    tail: tailOf(runs),
    runs,
  };
  process.stderr.write(`[${label ?? ''} ${engine}] ${op.name}: p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms (n ${times.length})\n`);
}
gcObserver.disconnect();
const stats = await store.stats();
await store.close();
console.log(
  JSON.stringify({ label, engine, date: new Date().toISOString(), commit, load: { start: loadAtStart, end: load() }, migrateMs, stats, results }, null, 1),
);
