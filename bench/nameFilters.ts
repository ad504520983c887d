// people(name:) and organizations(name:) on one stored graph, in process, one request at a time: the GraphQL request
// (a page of 20 and its totalCount) and its list query alone, for a spread of names (common, rare, a full name, part
// of a word, 2 characters, a name no one has). Run it from two trees (the code before and after; copy this file into
// the other tree's bench/) on the same store, interleaved, to compare on one graph and one load.
//   npx tsx bench/nameFilters.ts /tmp/x.grafeo label out.json [real|synthetic]
// The store is opened as `kg serve` opens it (migrate first: new indexes, backfills, timed as `openSeconds`); nothing
// else is written. Each query runs WARMUP_RUNS times untimed, then BENCH_OP_RUNS times (100). The load average is
// written beside each run (the machine is shared). bench/results/name-filters.md is written from the JSON by hand.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { createApp } from '../src/graphql/createApp.js';
import { loadConfig } from '../src/config.js';
import { fold } from '../src/core/fold.js';
import { ApiStore } from '../src/store/ApiStore.js';
import { WARMUP_RUNS } from './summaries.js';

const [path, label, out, corpus = 'real'] = process.argv.slice(2);
if (!path || !label || !out) throw new Error('usage: npx tsx bench/nameFilters.ts STORE.grafeo LABEL OUT.json [real|synthetic]');
const RUNS = Number(process.env.BENCH_OP_RUNS ?? 100);

type Field = 'people' | 'organizations';
/** Names by kind; the real news corpus and the synthetic one (seeds/) name different people. */
const NAMES: Record<string, Array<[Field, string, string]>> = {
  real: [
    ['people', 'common', 'Nguyễn'],
    ['people', 'full name', 'Nguyễn Xuân Phúc'],
    ['people', 'rare', 'Trump'],
    ['people', 'mid-word', 'uan ph'],
    ['people', '2 letters', 'th'],
    ['people', 'no one', 'zzqx'],
    ['organizations', 'common', 'tỉnh ủy'],
    ['organizations', 'full name', 'Bộ Công Thương'],
    ['organizations', 'rare', 'Hội Nông dân'],
    ['organizations', 'mid-word', 'uong tr'],
    ['organizations', '2 letters', 'xa'],
    ['organizations', 'no one', 'zzqx'],
  ],
  synthetic: [
    ['people', 'common', 'Lê'],
    ['people', 'full name', 'Lê Hữu Thọ'],
    ['people', 'mid-word', 'huu th'],
    ['people', '2 letters', 'th'],
    ['people', 'no one', 'zzqx'],
    ['organizations', 'common', 'ban tuyen giao'],
    ['organizations', 'full name', 'Ban Tuyên giáo Tỉnh ủy'],
    ['organizations', 'mid-word', 'uyen gi'],
    ['organizations', '2 letters', 'uy'],
    ['organizations', 'no one', 'zzqx'],
  ],
};

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const ms = (x: number): number => Math.round(x * 100) / 100;

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p99: number; min: number; result: unknown }> {
  for (let i = 0; i < WARMUP_RUNS; i++) await run();
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    result = await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: ms(pct(times, 50)), p99: ms(pct(times, 99)), min: ms(times[0] ?? NaN), result };
}

const loadBefore = loadavg()[0] ?? 0;
const opened = performance.now();
const store = new ApiStore(new GrafeoEngine(path));
await store.migrate();
const openSeconds = (performance.now() - opened) / 1000;
const app = createApp({ store, config: { ...loadConfig({ LOG_LEVEL: 'silent' }) } });
const request = async (field: Field, name: string) => {
  const res = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: `query($n: String) { ${field}(name: $n, first: 20) { totalCount nodes { id } } }`, variables: { n: name } }),
  });
  const body = (await res.json()) as { data?: Record<Field, { totalCount: number; nodes: unknown[] }>; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data[field];
};

const rows = [];
for (const [field, kind, name] of NAMES[corpus] ?? []) {
  const graphql = await timed(() => request(field, name));
  const page = graphql.result as { totalCount: number; nodes: unknown[] };
  const query = field === 'people' ? 'api_list_people_named' : 'api_list_organizations_named';
  const params = { name: fold(name), afterKey: null, afterId: null, limit: 20, bucketLimit: 21 };
  const alone = await timed(() => store.engine.read(query, params));
  rows.push({
    field,
    kind,
    name,
    totalCount: page.totalCount,
    pageRows: page.nodes.length,
    graphql: { p50: graphql.p50, p99: graphql.p99, min: graphql.min },
    listQuery: { p50: alone.p50, p99: alone.p99, min: alone.min },
  });
  process.stderr.write(
    `${label} ${field}(name: ${JSON.stringify(name)}) ${page.totalCount}: p50 ${graphql.p50} p99 ${graphql.p99} ms; query ${alone.p50} ms\n`,
  );
}
await store.close();

const run = {
  label,
  store: path,
  corpus,
  at: new Date().toISOString(),
  runs: RUNS,
  openSeconds: Math.round(openSeconds * 10) / 10,
  loadBefore,
  loadAfter: loadavg()[0],
  rows,
};
const all: unknown[] = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as unknown[]) : [];
writeFileSync(out, `${JSON.stringify([...all, run], null, 2)}\n`);
