// `tsx bench/bulkImport.ts`: the bulk path into Neo4j timed beside transactional ingest, in
// one run, on the same synthetic articles:
//   1. transactional ingest (`kg ingest`'s pipeline: parallel extraction, one write transaction
//      per batch) into a running Neo4j, the source;
//   2. extraction alone of the same articles (same worker threads, rows thrown away), so the
//      write share of step 1 is known;
//   3. `kg export --format csv` of that graph;
//   4. the dump's own neo4j-admin-import.sh, run with `kg neo4j admin` as its neo4j-admin,
//      into a fresh server home (neo4j-admin database import full);
//   5. that home started, `kg migrate` (constraints, range and full-text indexes) until every
//      index is online, and its statistics compared with the source's.
// Results: bench/results/bulk-import.json (one entry per size, the latest run of each) and bulk-import.md.
// Numbers are recorded with the machine's load average, never asserted.
//   BULK_SIZE=10000                       synthetic articles
//   BULK_NEO4J_URI=bolt://127.0.0.1:7702  the source server (emptied first: never point it at a server others use)
//   BULK_SOURCE_HOME=/tmp/h5-neo4j        its home, for its store size and RSS (optional)
//   BULK_TARGET_HOME=/tmp/kg-bulk-target  the import's server home (its data/ is deleted first)
//   BULK_TARGET_PORTS=7703,7403           Bolt and HTTP ports of the imported server
//   BULK_EXTRACT_ONLY=1                   0 skips step 2 (it costs about as long as extraction in step 1)
//   BULK_BATCH=200  BULK_WORKERS=<cores>  NEO4J_USER / NEO4J_PASSWORD (both servers)
//   BULK_REUSE_SOURCE=1                   skip step 1: export the graph the source already holds (BULK_SIZE articles), with
//     BULK_TRANSACTIONAL_SECONDS / BULK_TRANSACTIONAL_LOAD the ingest time and load of the run that wrote it, and BULK_NOTE
//     saying so (kept in the results), BULK_ENGINE_CODE the adapter commit that wrote it
//   BULK_RESULTS=<dir>                    where results go (default bench/results of this tree)
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { exportGraph } from '../src/exchange/exportGraph.js';
import { extractAhead, parallelExtractor } from '../src/ingest/parallelExtract.js';
import { ingestTexts } from '../src/ingest/ingestTexts.js';
import { runningPid, startServer, stopServer } from '../src/localNeo4j/localServer.js';
import { resolveClasspath, serverHome } from '../src/localNeo4j/serverHome.js';
import { GraphStore, type Stats } from '../src/store/GraphStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const run = promisify(execFile);
const execGit = (...args: string[]) => execFileSync('git', args, { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }).trim();
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = process.env.BULK_RESULTS ?? join(ROOT, 'bench', 'results');
const reuseSource = process.env.BULK_REUSE_SOURCE === '1';
const note = process.env.BULK_NOTE ?? null;
const size = Number(process.env.BULK_SIZE ?? 10000);
const sourceUri = process.env.BULK_NEO4J_URI ?? '';
const sourceHome = process.env.BULK_SOURCE_HOME ? serverHome(process.env.BULK_SOURCE_HOME) : null;
const targetHome = serverHome(process.env.BULK_TARGET_HOME ?? join(tmpdir(), 'kg-bulk-target'));
const [targetBolt = 7703, targetHttp = 7403] = (process.env.BULK_TARGET_PORTS ?? '7703,7403').split(',').map(Number);
const batchSize = Number(process.env.BULK_BATCH ?? 200);
const workers = Number(process.env.BULK_WORKERS ?? availableParallelism());
const extractOnly = process.env.BULK_EXTRACT_ONLY !== '0';
const user = process.env.NEO4J_USER ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? 'password';

if (!sourceUri) {
  console.log('bulkImport: no BULK_NEO4J_URI (a Neo4j of your own: it is emptied): nothing measured.');
  process.exit(0);
}
if (sourceUri.endsWith(':7687')) {
  console.log('bulkImport: refusing port 7687 (the shared development server): start your own with `kg neo4j start --bolt-port …`.');
  process.exit(1);
}

const log = (s: string) => process.stderr.write(`[bulk ${size}] ${s}\n`);
const load = () => loadavg().map((x) => Number(x.toFixed(2)));

/** Bytes under a directory (files only). */
function du(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    total += entry.isDirectory() ? du(p) : entry.isFile() ? statSync(p).size : 0;
  }
  return total;
}

function rssMb(pid: number | null): number | null {
  if (!pid) return null;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function timed<T>(what: string, f: () => Promise<T>): Promise<{ value: T; seconds: number; load: number[] }> {
  const t = performance.now();
  const value = await f();
  const seconds = (performance.now() - t) / 1000;
  log(`${what}: ${seconds.toFixed(1)} s (load ${load().join(' ')})`);
  return { value, seconds, load: load() };
}

const mb = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));
const started = new Date().toISOString();
const loadAtStart = load();

// 1. Transactional ingest into the source server, emptied in bounded transactions first.
const source = new GraphStore(new Neo4jEngine({ uri: sourceUri, user, password }));
const ingest = reuseSource
  ? {
      value: { stored: size, skipped: [] as Array<{ reason: string }> },
      seconds: Number(process.env.BULK_TRANSACTIONAL_SECONDS ?? NaN),
      load: (process.env.BULK_TRANSACTIONAL_LOAD ?? '').split(',').filter(Boolean).map(Number),
    }
  : await (async () => {
      while (Number((await source.engine.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
      await source.migrate();
      return timed('transactional ingest', () => ingestTexts(source, syntheticArticles(join(ROOT, 'seeds'), size), { batchSize, workers }));
    })();
if (ingest.value.skipped.length > 0) log(`${ingest.value.skipped.length} articles skipped: ${ingest.value.skipped[0]?.reason ?? ''}`);
const sourceStats = await source.stats();
const sourcePid = sourceHome ? runningPid(sourceHome) : null;

// 2. Extraction alone, the same worker threads, rows thrown away.
const extraction = extractOnly
  ? await timed('extraction alone', async () => {
      const pool = parallelExtractor(workers);
      let n = 0;
      try {
        for await (const { batch } of extractAhead(syntheticArticles(join(ROOT, 'seeds'), size), pool.extract, workers * 4)) {
          if (batch) {
            await batch;
            n++;
          }
        }
      } finally {
        await pool.close();
      }
      return n;
    })
  : null;

// 3. The CSV dump.
const work = mkdtempSync(join(tmpdir(), 'kg-bulk-'));
const csvDir = join(work, 'csv');
const exported = await timed('kg export --format csv', () => exportGraph(source, { format: 'csv', out: csvDir }));
await source.close();

// 4. neo4j-admin database import full into a fresh home, through the dump's own script.
if (runningPid(targetHome)) throw new Error(`a server runs in ${targetHome.dir}: stop it first (its data is replaced)`);
rmSync(targetHome.data, { recursive: true, force: true });
// The class path is resolved (Maven, local repository) before the clock starts: it is set-up, not import.
await resolveClasspath(targetHome, log);
const kg = `${process.execPath} --import tsx ${join(ROOT, 'src/cli/main.ts')}`;
const imported = await timed('neo4j-admin database import full', async () => {
  const { stdout, stderr } = await run('/usr/bin/time', ['-v', 'sh', join(csvDir, 'neo4j-admin-import.sh')], {
    cwd: ROOT,
    env: { ...process.env, NEO4J_ADMIN: `${kg} neo4j admin --data ${targetHome.dir} --` },
    maxBuffer: 256 * 2 ** 20,
  });
  const out = `${stdout}\n${stderr}`;
  return {
    // neo4j-admin's own account of its time and memory, beside the wall clock (which includes the JVM start).
    reported: /IMPORT DONE in ([^\n.]+)/.exec(out)?.[1]?.trim() ?? null,
    peakMemory: /Peak memory usage: ([^\n]+)/.exec(out)?.[1]?.trim() ?? null,
    maxRssMb: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(out)?.[1] ?? 0) / 1024,
  };
});
const storeBytes = du(join(targetHome.data, 'databases', 'neo4j'));

// 5. The imported server: started, migrated with every index online, compared.
const targetPorts = { bolt: targetBolt, http: targetHttp };
const info = await startServer({ home: targetHome, ports: targetPorts, user, password, heap: '1g', log });
const target = new GraphStore(new Neo4jEngine({ uri: info.boltUri, user, password }));
let migrated: { seconds: number; load: number[] };
let targetStats: Stats;
try {
  migrated = await timed('kg migrate, indexes online', async () => {
    await target.migrate();
    await target.engine.read('admin_await_indexes', { seconds: 3600 });
  });
  targetStats = await target.stats();
} finally {
  await target.close();
  await stopServer(targetHome);
}
// After a clean stop (a checkpoint): the store with its constraints, range and full-text indexes.
const indexedStoreBytes = du(join(targetHome.data, 'databases', 'neo4j'));
const sameGraph = JSON.stringify(targetStats) === JSON.stringify(sourceStats);
log(`imported graph ${sameGraph ? 'equals' : 'DIFFERS FROM'} the source (labels and types counted)`);

const result = {
  size,
  date: started,
  note,
  reusedSource: reuseSource,
  // Which Neo4j adapter wrote the transactional side (its write path changes between versions).
  engineCode:
    process.env.BULK_ENGINE_CODE ??
    `${execGit('log', '-1', '--format=%h', '--', 'src/engine')}${execGit('status', '--porcelain', '--', 'src/engine') === '' ? '' : '+uncommitted changes'}`,
  cores: availableParallelism(),
  workers,
  batchSize,
  loadAverage: { start: loadAtStart, end: load() },
  graph: { nodes: exported.value.nodes, relationships: exported.value.relationships, stats: sourceStats },
  transactional: {
    seconds: ingest.seconds,
    articlesPerSecond: ingest.value.stored / ingest.seconds,
    stored: ingest.value.stored,
    load: ingest.load,
    // Before a checkpoint most of it is still in the transaction logs (preallocated in 256 MB files): both are given.
    sourceStoreMb: sourceHome ? mb(du(join(sourceHome.data, 'databases', 'neo4j'))) : null,
    sourceTransactionLogsMb: sourceHome ? mb(du(join(sourceHome.data, 'transactions', 'neo4j'))) : null,
    sourceServerPeakRssMb: rssMb(sourcePid),
  },
  extractionAlone: extraction ? { seconds: extraction.seconds, articlesPerSecond: extraction.value / extraction.seconds, load: extraction.load } : null,
  bulk: {
    exportSeconds: exported.seconds,
    csvMb: mb(du(csvDir)),
    importSeconds: imported.seconds,
    importReported: imported.value.reported,
    importPeakMemory: imported.value.peakMemory,
    importMaxRssMb: imported.value.maxRssMb,
    importRecordsPerSecond: (exported.value.nodes + exported.value.relationships) / imported.seconds,
    importArticlesPerSecond: size / imported.seconds,
    migrateSeconds: migrated.seconds,
    storeMb: mb(storeBytes),
    storeWithIndexesMb: mb(indexedStoreBytes),
    load: { export: exported.load, import: imported.load, migrate: migrated.load },
    sameGraph,
  },
};
rmSync(work, { recursive: true, force: true });
const jsonFile = join(RESULTS, 'bulk-import.json');
const all = (existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { runs: {} }) as { runs: Record<string, typeof result> };
all.runs[String(size)] = result;
writeFileSync(jsonFile, JSON.stringify(all, null, 2) + '\n');
writeSummary(Object.values(all.runs).sort((a, b) => a.size - b.size));
console.log(
  `bulk ${size}: transactional ${result.transactional.articlesPerSecond.toFixed(0)}/s (${ingest.seconds.toFixed(0)} s); ` +
    `export ${exported.seconds.toFixed(0)} s + import ${imported.seconds.toFixed(0)} s + migrate ${migrated.seconds.toFixed(0)} s; same graph: ${sameGraph}`,
);

function writeSummary(runs: Array<typeof result>): void {
  const f0 = (n: number | null | undefined) => (n === null || n === undefined ? '–' : n.toFixed(0));
  const f1 = (n: number | null | undefined) => (n === null || n === undefined ? '–' : n.toFixed(1));
  const lines = [
    '# Bulk import beside transactional ingest (bench/bulkImport.ts)',
    '',
    'The same synthetic articles, one run per size: transactional ingest into Neo4j (parallel extraction, one write transaction per batch of ' +
      `${batchSize}); extraction alone (same worker threads, rows thrown away); then the bulk path: \`kg export --format csv\`, the dump's ` +
      "`neo4j-admin-import.sh` (`neo4j-admin database import full`, wall clock including the JVM start; neo4j-admin's own figure beside it) " +
      'into a fresh home, and `kg migrate` on the imported server until every index is online. Load = 1-minute load average at the end of the step ' +
      '(2 cores, shared with other users).',
    '',
    '| articles | nodes | rels | transactional s (/s) | extraction alone s (/s) | export s | CSV MB | import s (neo4j-admin says) | import records/s | import max RSS MB | migrate s | store MB after import → with indexes | same graph | load ingest / import |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const notes = runs.filter((r) => r.note).map((r) => `- ${r.size} articles: ${r.note ?? ''}`);
  for (const r of runs) {
    lines.push(
      `| ${r.size} | ${r.graph.nodes} | ${r.graph.relationships} | ${f0(r.transactional.seconds)} (${f0(r.transactional.articlesPerSecond)}) | ` +
        `${r.extractionAlone ? `${f0(r.extractionAlone.seconds)} (${f0(r.extractionAlone.articlesPerSecond)})` : '–'} | ${f1(r.bulk.exportSeconds)} | ${f1(r.bulk.csvMb)} | ` +
        `${f1(r.bulk.importSeconds)} (${r.bulk.importReported ?? '–'}) | ${f0(r.bulk.importRecordsPerSecond)} | ${f0(r.bulk.importMaxRssMb)} | ${f1(r.bulk.migrateSeconds)} | ` +
        `${f1(r.bulk.storeMb)} → ${f1(r.bulk.storeWithIndexesMb)} | ${r.bulk.sameGraph ? 'yes' : 'NO'} | ${r.transactional.load[0] ?? '–'} / ${r.bulk.load.import[0] ?? '–'} |`,
    );
  }
  if (notes.length > 0) lines.push('', ...notes);
  writeFileSync(join(RESULTS, 'bulk-import.md'), lines.join('\n') + '\n');
}
