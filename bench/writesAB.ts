// `tsx bench/writesAB.ts`: two versions of the write side (src/ingest, src/store, src/engine, cypher/) on the
// same articles, interleaved (A B A B …) in one process, so that the load of a shared machine, which drifts over
// minutes, falls on both alike. A = this tree, B = another checkout (`git worktree add --detach /tmp/old <commit>`,
// node_modules linked). Each round starts from an empty store. Measured per round: articles/s, this process's CPU
// time per article (process.cpuUsage: the main thread and the extraction workers), the Neo4j server's CPU per
// article (/proc/<pid>/stat), ms per article of the first and last batches, and the graph's counts (both versions
// must write the same graph). Results appended to bench/results/writes-ab.json and writes-ab.md.
//   AB_OTHER=/tmp/old (required)  AB_OTHER_LABEL=…  AB_ENGINE=grafeo|neo4j  AB_MODE=e2e|write
//   e2e: `kg ingest`'s pipeline (ingestTexts, parallel extraction, batched writes); write: rows extracted
//   beforehand, stored through GraphStore.upsert batch after batch (the write path alone)
//   AB_CORPUS=synthetic|real (real: the first AB_SIZE articles of ../shared/corpus/news-baomoi-2017.jsonl.gz, or AB_REAL_CORPUS)
//   AB_SIZE=2000  AB_ROUNDS=2  AB_BATCH=200  AB_WORKERS=<cores>
//   AB_NEO4J_URI=bolt://127.0.0.1:7705 (a Neo4j of your own: it is emptied)  NEO4J_USER / NEO4J_PASSWORD
//   AB_SERVER_PID=<java pid of that Neo4j>
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherEngine } from '../src/engine/CypherEngine.js';
import type { GraphBatch } from '../src/graph/GraphBatch.js';
import type { ArticleInput, IngestOptions, IngestReport } from '../src/ingest/ingestTexts.js';
import type { GraphStore, Stats } from '../src/store/GraphStore.js';
import { readArticles } from '../src/ingest/ingestFiles.js';
import { extractAhead, parallelExtractor } from '../src/ingest/parallelExtract.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REAL_CORPUS = process.env.AB_REAL_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'news-baomoi-2017.jsonl.gz');
const other = process.env.AB_OTHER ?? '';
const engineName = (process.env.AB_ENGINE ?? 'grafeo') as 'grafeo' | 'neo4j';
const mode = (process.env.AB_MODE ?? 'e2e') as 'e2e' | 'write';
const corpusName = process.env.AB_CORPUS ?? 'synthetic';
const size = Number(process.env.AB_SIZE ?? 2000);
const rounds = Number(process.env.AB_ROUNDS ?? 2);
const batchSize = Number(process.env.AB_BATCH ?? 200);
const workers = Number(process.env.AB_WORKERS ?? availableParallelism());
const uri = process.env.AB_NEO4J_URI ?? '';
const settings = { uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };
const serverPid = engineName === 'neo4j' ? (process.env.AB_SERVER_PID ?? '') : '';
if (!other || (engineName === 'neo4j' && (!uri || uri.endsWith(':7687')))) {
  console.log('writesAB: needs AB_OTHER (another checkout), and for Neo4j AB_NEO4J_URI (a Neo4j of your own, not :7687): nothing measured.');
  process.exit(0);
}
if (corpusName === 'real' && !existsSync(REAL_CORPUS)) {
  console.log(`writesAB: ${REAL_CORPUS} is absent: nothing measured.`);
  process.exit(0);
}

/** CPU ms (user + system) the Neo4j server has used so far; 0 when no pid is given. */
function serverCpuMs(): number {
  if (!serverPid) return 0;
  const fields = readFileSync(`/proc/${serverPid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}
const ownCpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function* articles(): AsyncGenerator<ArticleInput> {
  let i = 0;
  const source = corpusName === 'real' ? readArticles([REAL_CORPUS]) : syntheticArticles(join(ROOT, 'seeds'), size);
  for await (const item of source) {
    if (i++ >= size) return;
    yield item;
  }
}

interface Tree {
  ingestTexts: (store: GraphStore, items: AsyncIterable<ArticleInput>, options: IngestOptions) => Promise<IngestReport>;
  GraphStore: new (engine: CypherEngine) => GraphStore;
  concatBatches: (batches: readonly GraphBatch[]) => GraphBatch;
  open: (file: string) => CypherEngine;
}
async function loadTree(dir: string): Promise<Tree> {
  const m = async <T>(path: string) => (await import(join(dir, path))) as T;
  const { ingestTexts } = await m<Pick<Tree, 'ingestTexts'>>('src/ingest/ingestTexts.ts');
  const { GraphStore } = await m<Pick<Tree, 'GraphStore'>>('src/store/GraphStore.ts');
  const { concatBatches } = await m<Pick<Tree, 'concatBatches'>>('src/graph/GraphBatch.ts');
  const { GrafeoEngine } = await m<{ GrafeoEngine: new (path?: string) => CypherEngine }>('src/engine/grafeo/GrafeoEngine.ts');
  const { Neo4jEngine } = await m<{ Neo4jEngine: new (s: typeof settings) => CypherEngine }>('src/engine/neo4j/Neo4jEngine.ts');
  return { ingestTexts, GraphStore, concatBatches, open: (file) => (engineName === 'grafeo' ? new GrafeoEngine(file) : new Neo4jEngine(settings)) };
}

const git = (dir: string, ...a: string[]) => execFileSync('git', a, { cwd: dir, encoding: 'utf8' }).trim();
const WRITE_SIDE = ['src/ingest', 'src/store', 'src/engine', 'src/graph', 'cypher/write'];
const labelOf = (dir: string) => `${git(dir, 'log', '-1', '--format=%h')}${git(dir, 'status', '--porcelain', '--', ...WRITE_SIDE) ? '+dirty' : ''}`;
const variants = await Promise.all(
  [ROOT, other].map(async (dir) => ({
    dir,
    label: dir === other && process.env.AB_OTHER_LABEL ? process.env.AB_OTHER_LABEL : labelOf(dir),
    tree: await loadTree(dir),
    rounds: [] as Array<{
      articlesPerSecond: number;
      cpuMsPerArticle: number;
      serverCpuMsPerArticle: number | null;
      msPerArticleFirst: number;
      msPerArticleLast: number;
      load: number;
    }>,
    stats: null as Stats | null,
  })),
);
const log = (s: string) => process.stderr.write(`[writes A/B ${engineName} ${mode}] ${s}\n`);

// The write path alone stores rows extracted once, before any round.
const extracted: GraphBatch[] = [];
if (mode === 'write') {
  const pool = parallelExtractor(workers);
  try {
    for await (const { batch } of extractAhead(articles(), pool.extract, 4 * workers)) {
      if (batch) extracted.push(await batch.catch(() => null as unknown as GraphBatch));
    }
  } finally {
    await pool.close();
  }
  extracted.splice(0, extracted.length, ...extracted.filter(Boolean));
  log(`${extracted.length} articles extracted beforehand`);
}

const loads: number[] = [loadavg()[0] ?? 0];
for (let round = 0; round < rounds; round++) {
  for (const v of variants) {
    const dir = mkdtempSync(join(tmpdir(), 'kg-writes-ab-'));
    const engine = v.tree.open(join(dir, 'graph.grafeo'));
    if (engineName === 'neo4j') while (Number((await engine.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
    const store = new v.tree.GraphStore(engine);
    await store.migrate();
    const batches: Array<{ stored: number; ms: number }> = [];
    const t0 = performance.now();
    const cpu0 = ownCpuMs();
    const server0 = serverCpuMs();
    let last = t0;
    let stored = 0;
    if (mode === 'e2e') {
      const report = await v.tree.ingestTexts(store, articles(), {
        batchSize,
        workers,
        onProgress: (r) => {
          if (r.stored === stored) return;
          const now = performance.now();
          batches.push({ stored: r.stored - stored, ms: now - last });
          stored = r.stored;
          last = now;
        },
      });
      stored = report.stored;
    } else {
      for (let i = 0; i < extracted.length; i += batchSize) {
        const part = extracted.slice(i, i + batchSize);
        await store.upsert(v.tree.concatBatches(part));
        const now = performance.now();
        batches.push({ stored: part.length, ms: now - last });
        stored += part.length;
        last = now;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const edge = Math.max(1, Math.min(5, Math.floor(batches.length / 4)));
    const perArticle = (xs: typeof batches) =>
      xs.reduce((a, b) => a + b.ms, 0) /
      Math.max(
        1,
        xs.reduce((a, b) => a + b.stored, 0),
      );
    const stats = await store.stats();
    // An article past the extraction timeout (10 s, reached on an overloaded machine) is skipped: say so, keep measuring.
    if (v.stats && JSON.stringify(v.stats) !== JSON.stringify(stats)) log(`${v.label}: round ${round + 1} wrote another graph than before (${stored} stored)`);
    v.stats = stats;
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    loads.push(loadavg()[0] ?? 0);
    v.rounds.push({
      articlesPerSecond: stored / seconds,
      cpuMsPerArticle: (ownCpuMs() - cpu0) / stored,
      serverCpuMsPerArticle: serverPid ? (serverCpuMs() - server0) / stored : null,
      msPerArticleFirst: perArticle(batches.slice(0, edge)),
      msPerArticleLast: perArticle(batches.slice(-edge)),
      load: loadavg()[0] ?? 0,
    });
    const r = v.rounds.at(-1)!;
    log(
      `round ${round + 1} ${v.label}: ${stored} articles ${r.articlesPerSecond.toFixed(0)}/s, CPU ${r.cpuMsPerArticle.toFixed(2)} ms/article` +
        `${r.serverCpuMsPerArticle === null ? '' : `, server CPU ${r.serverCpuMsPerArticle.toFixed(2)}`}, batches ${r.msPerArticleFirst.toFixed(1)} → ${r.msPerArticleLast.toFixed(1)} ms/article (load ${r.load.toFixed(1)})`,
    );
  }
}
const [a, b] = variants;
if (a && b && JSON.stringify(a.stats) !== JSON.stringify(b.stats)) {
  log(`the two versions wrote different graphs: ${JSON.stringify(a.stats)} vs ${JSON.stringify(b.stats)}`);
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
const result = {
  date: new Date().toISOString(),
  engine: engineName,
  mode,
  corpus: corpusName,
  size,
  rounds,
  batchSize,
  workers: mode === 'e2e' ? workers : 0,
  cores: availableParallelism(),
  loadAverage: loads.map((x) => Number(x.toFixed(2))),
  /** Both versions wrote the same counts of nodes and relationships by label and type (last rounds). */
  sameGraph: JSON.stringify(a?.stats) === JSON.stringify(b?.stats),
  variants: variants.map((v) => ({
    label: v.label,
    medianArticlesPerSecond: median(v.rounds.map((r) => r.articlesPerSecond)),
    rounds: v.rounds,
    stats: v.stats,
  })),
};
const jsonFile = join(ROOT, 'bench', 'results', 'writes-ab.json');
const all = (existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { runs: [] }) as { runs: Array<typeof result> };
all.runs.push(result);
writeFileSync(jsonFile, JSON.stringify(all, null, 2) + '\n');
const f = (x: number | null, d = 0) => (x === null ? '–' : x.toFixed(d));
const lines = [
  '# Write side A/B, interleaved (bench/writesAB.ts)',
  '',
  'Two versions of the write side (src/ingest, src/store, src/engine, cypher/write) on the same articles, taking turns in one ' +
    'process, each round from an empty store (Grafeo: a new data file; Neo4j: a local 5.26 server, emptied). `e2e` = `kg ingest`’s ' +
    'pipeline (parallel extraction, batched writes); `write` = rows extracted beforehand, stored batch after batch. CPU = this ' +
    'process (main thread and extraction workers); server CPU = the Neo4j process, from /proc. The machine is shared (2 cores): ' +
    'compare the two versions of one run, not runs.',
  '',
  '| date | engine | mode | corpus × articles | batch | version | articles/s per round | CPU ms/article | server CPU ms/article | ms/article first → last batches | load (1 min) | same graph |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...all.runs.flatMap((r) =>
    r.variants.map(
      (v) =>
        `| ${r.date.slice(0, 16)} | ${r.engine} | ${r.mode}${r.workers ? ` (${r.workers} workers)` : ''} | ${r.corpus} × ${r.size} | ${r.batchSize} | ${v.label} | ` +
        `${v.rounds.map((x) => f(x.articlesPerSecond)).join(', ')} | ${v.rounds.map((x) => f(x.cpuMsPerArticle, 2)).join(', ')} | ` +
        `${v.rounds.map((x) => f(x.serverCpuMsPerArticle, 2)).join(', ')} | ${v.rounds.map((x) => `${f(x.msPerArticleFirst, 1)} → ${f(x.msPerArticleLast, 1)}`).join(', ')} | ` +
        `${Math.min(...r.loadAverage).toFixed(1)}–${Math.max(...r.loadAverage).toFixed(1)} | ${r.sameGraph ? 'yes' : 'no'} |`,
    ),
  ),
];
writeFileSync(join(ROOT, 'bench', 'results', 'writes-ab.md'), lines.join('\n') + '\n');
console.log(variants.map((v) => `${v.label}: median ${v.rounds.length ? median(v.rounds.map((r) => r.articlesPerSecond)).toFixed(0) : '–'}/s`).join('; '));
