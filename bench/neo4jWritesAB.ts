// `tsx bench/neo4jWritesAB.ts`: two versions of the Neo4j adapter on the same rows, interleaved
// (A B A B …) in one process, so that the load of a shared machine, which drifts over minutes,
// falls on both alike. A = this tree's src/engine, B = the one of another checkout
// (`git worktree add --detach /tmp/old <commit>`, with node_modules linked). Each round empties
// the database and stores the same pre-extracted articles through GraphStore.upsert in batches.
// Also timed: one read transaction of a trivial query on the empty database (the fixed cost a
// round trip adds). Results appended to bench/results/neo4j-writes-ab.json and neo4j-writes-ab.md.
//   AB_OTHER=/tmp/old (required)  AB_OTHER_LABEL=… (what that checkout holds, when its commit does not say it)  AB_SIZE=2000  AB_ROUNDS=3  AB_NEO4J_URI=bolt://127.0.0.1:7702 (emptied)
//   AB_BATCH=200  NEO4J_USER / NEO4J_PASSWORD
//   AB_ROWS=<file> (extracted rows as bench/neo4jWritesProfile.ts keeps them in PROFILE_CACHE: no extraction here)
//   AB_SERVER_PID=<java pid> (a local server: also its CPU time per article, from /proc, which the load of a shared
//   machine inflates less than wall time)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherEngine } from '../src/engine/CypherEngine.js';
import { concatBatches, type GraphBatch } from '../src/graph/GraphBatch.js';
import { extractAhead, parallelExtractor } from '../src/ingest/parallelExtract.js';
import { GraphStore } from '../src/store/GraphStore.js';
import { percentile } from './results.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const other = process.env.AB_OTHER ?? '';
const size = Number(process.env.AB_SIZE ?? 2000);
const rounds = Number(process.env.AB_ROUNDS ?? 3);
const uri = process.env.AB_NEO4J_URI ?? '';
const batchSize = Number(process.env.AB_BATCH ?? 200);
const settings = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };
if (!other || !uri || uri.endsWith(':7687')) {
  console.log('neo4jWritesAB: needs AB_OTHER (another checkout) and AB_NEO4J_URI (a Neo4j of your own, not :7687): nothing measured.');
  process.exit(0);
}

const serverPid = process.env.AB_SERVER_PID ?? '';
/** CPU ms (user + system) the server process has used so far; 0 when no pid is given. */
function serverCpuMs(): number {
  if (!serverPid) return 0;
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

type EngineClass = new (s: typeof settings) => CypherEngine;
const commitOf = (dir: string) => {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' }).trim();
  return `${git('log', '-1', '--format=%h', '--', 'src/engine')}${git('status', '--porcelain', '--', 'src/engine') ? '+dirty' : ''}`;
};
const variants = await Promise.all(
  [ROOT, other].map(async (dir) => ({
    dir,
    commit: dir === other && process.env.AB_OTHER_LABEL ? process.env.AB_OTHER_LABEL : commitOf(dir),
    Engine: ((await import(join(dir, 'src/engine/neo4j/Neo4jEngine.ts'))) as { Neo4jEngine: EngineClass }).Neo4jEngine,
    rates: [] as number[],
    serverCpuMsPerArticle: [] as number[],
    readMs: [] as number[],
  })),
);
const log = (s: string) => process.stderr.write(`[neo4j A/B] ${s}\n`);

const extracted: GraphBatch[] = [];
if (process.env.AB_ROWS) {
  extracted.push(...(JSON.parse(readFileSync(process.env.AB_ROWS, 'utf8')) as GraphBatch[]).slice(0, size));
} else {
  const pool = parallelExtractor(availableParallelism());
  try {
    for await (const { batch } of extractAhead(syntheticArticles(join(ROOT, 'seeds'), size), pool.extract, 8)) if (batch) extracted.push(await batch);
  } finally {
    await pool.close();
  }
}
const loads: number[] = [loadavg()[0] ?? 0];
for (let round = 0; round < rounds; round++) {
  for (const v of variants) {
    const engine = new v.Engine(settings);
    while (Number((await engine.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
    const store = new GraphStore(engine);
    await store.migrate();
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      await engine.read('count_documents');
      v.readMs.push(performance.now() - t);
    }
    const t = performance.now();
    const cpu = serverCpuMs();
    for (let i = 0; i < extracted.length; i += batchSize) await store.upsert(concatBatches(extracted.slice(i, i + batchSize)));
    v.rates.push(extracted.length / ((performance.now() - t) / 1000));
    v.serverCpuMsPerArticle.push((serverCpuMs() - cpu) / extracted.length);
    await store.close();
    loads.push(loadavg()[0] ?? 0);
    log(
      `round ${round + 1} ${v.commit}: ${v.rates.at(-1)?.toFixed(0)}/s, server CPU ${v.serverCpuMsPerArticle.at(-1)?.toFixed(1)} ms/article (load ${loadavg()[0]?.toFixed(2)})`,
    );
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const result = {
  date: new Date().toISOString(),
  size,
  rounds,
  batchSize,
  loadAverage: loads.map((x) => Number(x.toFixed(2))),
  variants: variants.map((v) => ({
    commit: v.commit,
    articlesPerSecond: v.rates,
    median: median(v.rates),
    serverCpuMsPerArticle: v.serverCpuMsPerArticle,
    emptyReadTransactionMs: percentile(v.readMs),
  })),
};
const jsonFile = join(ROOT, 'bench', 'results', 'neo4j-writes-ab.json');
const all = (existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { runs: [] }) as { runs: Array<typeof result> };
all.runs.push(result);
writeFileSync(jsonFile, JSON.stringify(all, null, 2) + '\n');
const lines = [
  '# Neo4j adapter versions A/B, interleaved (bench/neo4jWritesAB.ts)',
  '',
  'The same pre-extracted synthetic articles stored through GraphStore.upsert (batches of ' +
    `${batchSize}, one transaction each) into an emptied local Neo4j 5.26, the two adapter versions taking turns in one process. ` +
    'Read transaction = one trivial query (`count_documents`) on the empty database: the fixed cost of a transaction and its round trip.',
  '',
  '| date | articles × rounds | adapter (src/engine commit) | write path articles/s per round | median | server CPU ms/article per round | empty read transaction p50 / p99 ms | load average (1 min) during the run |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...all.runs.flatMap((r) =>
    r.variants.map(
      (v) =>
        `| ${r.date.slice(0, 16)} | ${r.size} × ${r.rounds} | ${v.commit} | ${v.articlesPerSecond.map((x) => x.toFixed(0)).join(', ')} | ${v.median.toFixed(0)} | ` +
        `${v.serverCpuMsPerArticle?.length ? v.serverCpuMsPerArticle.map((x) => x.toFixed(1)).join(', ') : '–'} | ` +
        `${v.emptyReadTransactionMs.p50.toFixed(2)} / ${v.emptyReadTransactionMs.p99.toFixed(2)} | ${Math.min(...r.loadAverage).toFixed(1)}–${Math.max(...r.loadAverage).toFixed(1)} |`,
    ),
  ),
];
writeFileSync(join(ROOT, 'bench', 'results', 'neo4j-writes-ab.md'), lines.join('\n') + '\n');
console.log(result.variants.map((v) => `${v.commit}: median ${v.median.toFixed(0)}/s`).join('; '));
