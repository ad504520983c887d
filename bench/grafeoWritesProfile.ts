// `tsx bench/grafeoWritesProfile.ts`: where a Grafeo ingest transaction spends its time as the graph grows.
// The same pre-extracted synthetic articles stored through GraphStore.upsert in batches into a Grafeo data file,
// each statement of each transaction timed (wall and this process's CPU: Grafeo runs in-process), then the
// statements' ms per batch by stretch of the fill (first batches, each tenth, last batches). Printed and written
// to bench/results/grafeo-writes-profile.json.
//   PROFILE_SIZE=20000  PROFILE_BATCH=200  PROFILE_CACHE=/tmp/rows.jsonl (extracted rows kept between runs, one a line)
//   PROFILE_WORKERS=2 (extraction workers)  PROFILE_EXTRACT_ONLY=1 (write the cache and stop)
//   PROFILE_OUT=bench/results/grafeo-writes-profile.json  PROFILE_OPERATORS=0 (no PROFILEd batches)
import { closeSync, createReadStream, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
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

// The extracted rows, one a line, written as they come and read back batch by batch: 100k articles' rows (their
// texts included) pass V8's longest string, and would hold gigabytes in memory at once.
const cacheFile = cache || join(mkdtempSync(join(tmpdir(), 'kg-grafeo-profile-rows-')), 'rows.jsonl');
async function* cachedRows(): AsyncGenerator<GraphBatch> {
  if (!existsSync(cacheFile)) return;
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(cacheFile), crlfDelay: Infinity })) {
    if (n >= size) return;
    if (!line) continue;
    n++;
    yield JSON.parse(line) as GraphBatch;
  }
}
let cached = 0;
for await (const _row of cachedRows()) cached++;
if (cached < size) {
  const out = openSync(cacheFile, 'w');
  const pool = parallelExtractor(Number(process.env.PROFILE_WORKERS ?? availableParallelism()));
  let extracted = 0;
  try {
    for await (const { batch } of extractAhead(syntheticArticles(join(ROOT, 'seeds'), size), pool.extract, 16)) {
      if (!batch) continue;
      writeSync(out, JSON.stringify(await batch) + '\n');
      if (++extracted % 5000 === 0) log(`${extracted} extracted`);
    }
  } finally {
    await pool.close();
    closeSync(out);
  }
  cached = extracted;
}
log(`${cached} articles extracted (${cacheFile})`);
if (process.env.PROFILE_EXTRACT_ONLY) process.exit(0);

// Each statement timed inside the transaction: the driver's Grafeo transaction is wrapped where it is begun.
type Tx = { executeCypher: (text: string, params?: unknown) => Promise<unknown>; commit: () => void };
type Timing = { ms: number; cpu: number };
let current: Map<string, Timing> = new Map();
// Operator trees (Grafeo's PROFILE: rows and time of each operator) of a few batches, by statement; null when not profiling.
let operators: Record<string, string> | null = null;
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
    const name = names.get(text) ?? text.slice(0, 40);
    // In a profiled batch each statement but the document upsert (whose returned ids the links need) runs under
    // PROFILE, which writes the same and returns the operator tree with its rows instead of the statement's rows.
    const profiled = operators !== null && name !== 'upsert_documents_ingest';
    const t = performance.now();
    const c = cpuMs();
    const out = await run(profiled ? `PROFILE ${text}` : text, params);
    if (profiled && operators) operators[name] = String((out as { toArray: () => Array<{ profile?: string }> }).toArray()[0]?.profile ?? '');
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
const writeFiles = [...readdirSync(join(ROOT, 'cypher', 'write')), ...readdirSync(join(ROOT, 'cypher', 'grafeo', 'write'))];
for (const f of new Set(writeFiles)) {
  const name = f.replace(/\.cypher$/, '');
  try {
    names.set(catalog.get(name).text, name);
  } catch {
    // not a query of this engine
  }
}

const store = new GraphStore(engine);
await store.migrate();
const perBatch: Array<{ stored: number; ms: number; cpu: number; statements: Record<string, Timing>; profiled: boolean }> = [];
const batches = Math.ceil(Math.min(cached, size) / batchSize);
// Profiled batches (PROFILE_OPERATORS=0: none): the third, the middle one and the one before last; left out of the stretches' means.
const profiledAt = new Set(process.env.PROFILE_OPERATORS === '0' ? [] : [2, Math.floor(batches / 2), batches - 2]);
// The 1-minute load average every ten batches: CPU times inflate under load.
const loads: number[] = [];
const operatorTrees: Array<{ stored: number; operators: Record<string, string> }> = [];
async function* inBatches(source: AsyncIterable<GraphBatch>): AsyncGenerator<GraphBatch[]> {
  let part: GraphBatch[] = [];
  for await (const row of source) {
    part.push(row);
    if (part.length < batchSize) continue;
    yield part;
    part = [];
  }
  if (part.length > 0) yield part;
}
let i = 0;
for await (const part of inBatches(cachedRows())) {
  current = new Map();
  operators = profiledAt.has(i / batchSize) ? {} : null;
  const t = performance.now();
  const c = cpuMs();
  await store.upsert(concatBatches(part));
  perBatch.push({
    stored: i + part.length,
    ms: performance.now() - t,
    cpu: cpuMs() - c,
    statements: Object.fromEntries(current),
    profiled: operators !== null,
  });
  if (operators) operatorTrees.push({ stored: i + part.length, operators });
  if (perBatch.length % 10 === 0) loads.push(Number((loadavg()[0] ?? 0).toFixed(1)));
  if (perBatch.length % 10 === 0) log(`${i + part.length} stored, last batch ${(performance.now() - t).toFixed(0)} ms`);
  i += part.length;
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
  const xs = perBatch.slice(s.from, s.to).filter((b) => !b.profiled);
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
  process.env.PROFILE_OUT ?? join(ROOT, 'bench', 'results', 'grafeo-writes-profile.json'),
  JSON.stringify({ date: new Date().toISOString(), size: i, batchSize, loadAverage: loads, summary, operatorTrees }, null, 2) + '\n',
);
