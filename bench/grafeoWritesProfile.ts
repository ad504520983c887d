// `tsx bench/grafeoWritesProfile.ts`: where a Grafeo ingest transaction spends its time as the graph grows.
// The same pre-extracted synthetic articles stored through GraphStore.upsert in batches into a Grafeo data file,
// each statement of each transaction timed (wall and this process's CPU: Grafeo runs in-process), then the
// statements' ms per batch by stretch of the fill (first batches, each tenth, last batches). Printed and written
// to bench/results/grafeo-writes-profile.json.
//   PROFILE_SIZE=20000  PROFILE_BATCH=200  PROFILE_CACHE=/tmp/rows.json (extracted rows kept between runs)
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { concatBatches, type GraphBatch } from '../src/graph/GraphBatch.js';
import { extractAhead, parallelExtractor } from '../src/ingest/parallelExtract.js';
import { GraphStore } from '../src/store/GraphStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const size = Number(process.env.PROFILE_SIZE ?? 20000);
const batchSize = Number(process.env.PROFILE_BATCH ?? 200);
const cache = process.env.PROFILE_CACHE ?? '';
const log = (s: string) => process.stderr.write(`[grafeo writes profile] ${s}\n`);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

let rows: GraphBatch[] = [];
if (cache && existsSync(cache)) rows = (JSON.parse(readFileSync(cache, 'utf8')) as GraphBatch[]).slice(0, size);
if (rows.length < size) {
  rows = [];
  const pool = parallelExtractor(availableParallelism());
  try {
    for await (const { batch } of extractAhead(syntheticArticles(join(ROOT, 'seeds'), size), pool.extract, 16)) if (batch) rows.push(await batch);
  } finally {
    await pool.close();
  }
  if (cache) writeFileSync(cache, JSON.stringify(rows));
}
log(`${rows.length} articles extracted`);

// Each statement timed inside the transaction: the driver's Grafeo transaction is wrapped where it is begun.
type Tx = { executeCypher: (text: string, params?: unknown) => Promise<unknown>; commit: () => void };
type Timing = { ms: number; cpu: number };
let current: Map<string, Timing> = new Map();
const dir = mkdtempSync(join(tmpdir(), 'kg-grafeo-profile-'));
const engine = new GrafeoEngine(join(dir, 'graph.grafeo'));
const db = (engine as unknown as { driver: { db: { beginTransaction: () => Tx } } }).driver.db;
const begin = db.beginTransaction.bind(db);
const names = new Map<string, string>();
db.beginTransaction = () => {
  const tx = begin();
  const run = tx.executeCypher.bind(tx);
  const commit = tx.commit.bind(tx);
  tx.executeCypher = async (text, params) => {
    const t = performance.now();
    const c = cpuMs();
    const out = await run(text, params);
    const name = names.get(text) ?? text.slice(0, 40);
    const seen = current.get(name) ?? { ms: 0, cpu: 0 };
    current.set(name, { ms: seen.ms + performance.now() - t, cpu: seen.cpu + cpuMs() - c });
    return out;
  };
  tx.commit = () => {
    const t = performance.now();
    const c = cpuMs();
    commit();
    const seen = current.get('commit') ?? { ms: 0, cpu: 0 };
    current.set('commit', { ms: seen.ms + performance.now() - t, cpu: seen.cpu + cpuMs() - c });
  };
  return tx;
};
// Statement texts → their query names, from the catalog the engine reads.
const catalog = (engine as unknown as { catalog: { get: (n: string) => { text: string } } }).catalog;
const { readdirSync } = await import('node:fs');
for (const f of readdirSync(join(ROOT, 'cypher', 'write'))) {
  const name = f.replace(/\.cypher$/, '');
  try {
    names.set(catalog.get(name).text, name);
  } catch {
    // not a query of this engine
  }
}

const store = new GraphStore(engine);
await store.migrate();
const perBatch: Array<{ stored: number; ms: number; cpu: number; statements: Record<string, Timing> }> = [];
for (let i = 0; i < rows.length; i += batchSize) {
  current = new Map();
  const part = rows.slice(i, i + batchSize);
  const t = performance.now();
  const c = cpuMs();
  await store.upsert(concatBatches(part));
  perBatch.push({ stored: i + part.length, ms: performance.now() - t, cpu: cpuMs() - c, statements: Object.fromEntries(current) });
  if (perBatch.length % 10 === 0) log(`${i + part.length} stored, last batch ${(performance.now() - t).toFixed(0)} ms`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });

const stretches = [
  { name: 'first 5 batches', from: 0, to: 5 },
  ...Array.from({ length: 10 }, (_, k) => ({
    name: `tenth ${k + 1}`,
    from: Math.floor((k * perBatch.length) / 10),
    to: Math.floor(((k + 1) * perBatch.length) / 10),
  })),
  { name: 'last 5 batches', from: perBatch.length - 5, to: perBatch.length },
];
const summary = stretches.map((s) => {
  const xs = perBatch.slice(s.from, s.to);
  const statements: Record<string, { ms: number; cpu: number }> = {};
  for (const b of xs) {
    for (const [k, v] of Object.entries(b.statements)) {
      const seen = statements[k] ?? { ms: 0, cpu: 0 };
      statements[k] = { ms: seen.ms + v.ms / xs.length, cpu: seen.cpu + v.cpu / xs.length };
    }
  }
  return {
    stretch: s.name,
    storedAtEnd: xs.at(-1)?.stored ?? 0,
    msPerBatch: xs.reduce((a, b) => a + b.ms, 0) / xs.length,
    cpuMsPerBatch: xs.reduce((a, b) => a + b.cpu, 0) / xs.length,
    statements,
  };
});
for (const s of summary) {
  const top = Object.entries(s.statements)
    .sort((a, b) => b[1].cpu - a[1].cpu)
    .map(([k, v]) => `${k} ${v.cpu.toFixed(0)}`)
    .join(', ');
  console.log(`${s.stretch} (to ${s.storedAtEnd}): ${s.msPerBatch.toFixed(0)} ms, CPU ${s.cpuMsPerBatch.toFixed(0)} ms per batch — CPU ms: ${top}`);
}
writeFileSync(
  join(ROOT, 'bench', 'results', 'grafeo-writes-profile.json'),
  JSON.stringify({ date: new Date().toISOString(), size: rows.length, batchSize, loadAverage: loadavg()[0], summary }, null, 2) + '\n',
);
