// `tsx bench/neo4jWrites.ts`: Neo4j's write speed with the engine code of this tree, to compare
// versions of the adapter (statements sent one at a time vs pipelined in one round trip) on the
// same synthetic articles:
//   - the write path alone: the articles extracted first (held in memory), then stored in batches
//     through GraphStore.upsert, as ingest does; statements per transaction counted;
//   - end to end: `kg ingest`'s pipeline (parallel extraction, batched writes) on the same articles.
// Each run is recorded under a label (default: the last commit of src/engine, `+dirty` when the
// tree differs from it) in bench/results/neo4j-writes.json and neo4j-writes.md, with the load average.
// To measure an older adapter, run this file from a git worktree of that commit.
//   WRITES_SIZE=10000  WRITES_NEO4J_URI=bolt://127.0.0.1:7702 (emptied: never a server others use)
//   WRITES_LABEL=…  WRITES_RESULTS=<dir> (default bench/results of this tree)  WRITES_BATCH=200  WRITES_WORKERS=<cores>
//   NEO4J_USER / NEO4J_PASSWORD
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CypherEngine, FollowUp, Statement } from '../src/engine/CypherEngine.js';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { concatBatches, type GraphBatch } from '../src/graph/GraphBatch.js';
import { extractAhead, parallelExtractor } from '../src/ingest/parallelExtract.js';
import { ingestTexts } from '../src/ingest/ingestTexts.js';
import { GraphStore } from '../src/store/GraphStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const size = Number(process.env.WRITES_SIZE ?? 10000);
const uri = process.env.WRITES_NEO4J_URI ?? '';
const batchSize = Number(process.env.WRITES_BATCH ?? 200);
const workers = Number(process.env.WRITES_WORKERS ?? availableParallelism());
const resultsDir = process.env.WRITES_RESULTS ?? join(ROOT, 'bench', 'results');
const credentials = { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };

if (!uri) {
  console.log('neo4jWrites: no WRITES_NEO4J_URI (a Neo4j of your own: it is emptied): nothing measured.');
  process.exit(0);
}
if (uri.endsWith(':7687')) {
  console.log('neo4jWrites: refusing port 7687 (the shared development server).');
  process.exit(1);
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const engineCommit = git('log', '-1', '--format=%h %s', '--', 'src/engine');
const dirty = git('status', '--porcelain', '--', 'src/engine') !== '';
const label = process.env.WRITES_LABEL ?? `${engineCommit.split(' ')[0] ?? '?'}${dirty ? '+dirty' : ''}`;
const log = (s: string) => process.stderr.write(`[neo4j writes ${label}] ${s}\n`);
const load = () => loadavg().map((x) => Number(x.toFixed(2)));

/** Counts what the store hands the engine: statements per write transaction. */
class CountingEngine implements CypherEngine {
  readonly name;
  transactions = 0;
  statements = 0;
  constructor(private readonly inner: CypherEngine) {
    this.name = inner.name;
  }
  read(query: string, params?: Record<string, unknown>) {
    return this.inner.read(query, params);
  }
  write(statements: Statement[]) {
    this.transactions++;
    this.statements += statements.length;
    return this.inner.write(statements);
  }
  writeThen(first: Statement[], then: FollowUp) {
    this.transactions++;
    this.statements += first.length;
    return this.inner.writeThen(first, (rows) => {
      const more = then(rows);
      this.statements += more.length;
      return more;
    });
  }
  applySchema(query: string) {
    return this.inner.applySchema(query);
  }
  close() {
    return this.inner.close();
  }
}

async function emptied(): Promise<{ store: GraphStore; counter: CountingEngine }> {
  const counter = new CountingEngine(new Neo4jEngine({ uri, ...credentials }));
  while (Number((await counter.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
  const store = new GraphStore(counter);
  await store.migrate();
  counter.transactions = 0;
  counter.statements = 0;
  return { store, counter };
}

const perArticle = (xs: Array<{ n: number; ms: number }>) =>
  xs.reduce((a, b) => a + b.ms, 0) /
  Math.max(
    1,
    xs.reduce((a, b) => a + b.n, 0),
  );

// 1. Extract once (parallel), keep the rows.
const t0 = performance.now();
const extracted: GraphBatch[] = [];
const pool = parallelExtractor(workers);
try {
  for await (const { batch } of extractAhead(syntheticArticles(join(ROOT, 'seeds'), size), pool.extract, workers * 4)) if (batch) extracted.push(await batch);
} finally {
  await pool.close();
}
log(`extracted ${extracted.length} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// 2. The write path alone.
const writePath = await (async () => {
  const { store, counter } = await emptied();
  const batches: Array<{ n: number; ms: number }> = [];
  const t = performance.now();
  for (let i = 0; i < extracted.length; i += batchSize) {
    const part = extracted.slice(i, i + batchSize);
    const tb = performance.now();
    await store.upsert(concatBatches(part));
    batches.push({ n: part.length, ms: performance.now() - tb });
  }
  const seconds = (performance.now() - t) / 1000;
  await store.close();
  const edge = Math.max(1, Math.min(5, Math.floor(batches.length / 4)));
  const r = {
    seconds,
    articlesPerSecond: extracted.length / seconds,
    statementsPerTransaction: counter.statements / Math.max(1, counter.transactions),
    msPerArticleFirstBatches: perArticle(batches.slice(0, edge)),
    msPerArticleLastBatches: perArticle(batches.slice(-edge)),
    load: load(),
  };
  log(`write path ${r.articlesPerSecond.toFixed(0)}/s, ${r.statementsPerTransaction.toFixed(1)} statements per transaction (load ${r.load.join(' ')})`);
  return r;
})();
extracted.length = 0;

// 3. End to end.
const endToEnd = await (async () => {
  const { store } = await emptied();
  const t = performance.now();
  const report = await ingestTexts(store, syntheticArticles(join(ROOT, 'seeds'), size), { batchSize, workers });
  const seconds = (performance.now() - t) / 1000;
  await store.close();
  const r = { seconds, stored: report.stored, articlesPerSecond: report.stored / seconds, load: load() };
  log(`end to end ${r.articlesPerSecond.toFixed(0)}/s (load ${r.load.join(' ')})`);
  return r;
})();

const result = { label, engineCommit, dirty, size, date: new Date().toISOString(), cores: availableParallelism(), workers, batchSize, writePath, endToEnd };
const jsonFile = join(resultsDir, 'neo4j-writes.json');
const all = (existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { runs: {} }) as { runs: Record<string, typeof result> };
all.runs[`${label} ${size}`] = result;
writeFileSync(jsonFile, JSON.stringify(all, null, 2) + '\n');
const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const lines = [
  '# Neo4j writes by adapter version (bench/neo4jWrites.ts)',
  '',
  'The same synthetic articles into an emptied Neo4j 5.26 (local, 127.0.0.1): the write path alone (rows extracted beforehand, ' +
    "stored through GraphStore.upsert in batches, one transaction each) and end to end (`kg ingest`'s pipeline, parallel extraction). " +
    'Load = 1-minute load average at the end of each step (2 cores shared with other users).',
  '',
  '| adapter (src/engine commit) | articles | write path /s | statements / transaction | write ms/article first → last batches | end to end /s | load write / end to end | date |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...Object.values(all.runs)
    .sort((a, b) => a.size - b.size || a.date.localeCompare(b.date))
    .map(
      (r) =>
        `| ${r.label}: ${r.engineCommit.split(' ').slice(1).join(' ').slice(0, 60)} | ${r.size} | ${f0(r.writePath.articlesPerSecond)} | ${f1(r.writePath.statementsPerTransaction)} | ` +
        `${f1(r.writePath.msPerArticleFirstBatches)} → ${f1(r.writePath.msPerArticleLastBatches)} | ${f0(r.endToEnd.articlesPerSecond)} | ${r.writePath.load[0] ?? '–'} / ${r.endToEnd.load[0] ?? '–'} | ${r.date.slice(0, 16)} |`,
    ),
];
// Sections written by hand below the table (## …: other measurements of the write path) are kept.
const mdFile = join(resultsDir, 'neo4j-writes.md');
const previous = existsSync(mdFile) ? readFileSync(mdFile, 'utf8') : '';
const notes = previous.indexOf('\n## ');
writeFileSync(mdFile, lines.join('\n') + '\n' + (notes >= 0 ? previous.slice(notes) : ''));
console.log(`neo4j writes ${label} ${size}: write path ${f0(writePath.articlesPerSecond)}/s, end to end ${f0(endToEnd.articlesPerSecond)}/s`);
