// Where ingest's memory goes on the embedded engine: N synthetic articles ingested into a fresh Grafeo file
// through the real pipeline (ingestTexts, parallel extraction), sampled once a second: the process RSS and its
// kernel high-water mark, the main thread's V8 heap, external and array buffers, each extraction worker's V8
// heap, and the data file and its WAL on disk. What is not V8 (RSS − the heaps) is mostly Grafeo's native memory.
// One run per process (a peak RSS is a process's), appended to bench/results/ingest-memory-runs.jsonl.
//   node --expose-gc --import tsx bench/ingestMemory.ts 10000
//   MEM_LABEL=…          name of the run in the results (default: baseline)
//   MEM_PATH=/tmp/x.grafeo  MEM_WORKERS=<cores>  MEM_BATCH=200
//   MEM_COMPACT_EVERY=k  Grafeo compact() (checkpoint, old versions dropped) after every k-th batch
//   MEM_STRIP_TEXT=1     documents written without their text (what keeping it outside the graph would save)
//   MEM_REOPEN_EVERY=k  the data file closed (checkpointed) and opened again before every k-th batch
//   MEM_SHIM_DIR=dir     with LD_PRELOAD of a diagnostic shim (docs in bench/results/ingest-memory.md): glibc's
//                        malloc in use / free, sampled, and RSS after malloc_trim at the end; without it the same
//                        counters come from mallinfo2() through koffi
//   MEM_SAVE=file.jsonl  also write each batch's rows to that file, one transaction a line
//   MEM_TRIM=off|<MB>    malloc_trim after a commit once RSS grew by that many MB (the engine's default if unset;
//                        off: never), its calls and time in the results
//   MEM_MAX_ROWS=n       rows a transaction holds at most (ingestTexts' MAX_ROWS_PER_TRANSACTION if unset)
//   MEM_REPLAY=file.jsonl  no extraction: the saved transactions written again, one after the other (the engine's
//                        share alone, at write-path speed)
import { appendFileSync, createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GrafeoDB } from '@grafeo-db/js';
import type * as Koffi from 'koffi';
import { createRequire } from 'node:module';
import { RELEASE_MEMORY_AFTER_MB } from '../src/engine/grafeo/GrafeoDriver.js';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { loadMallocTrim } from '../src/engine/grafeo/releaseMemory.js';
import type { GraphBatch } from '../src/graph/GraphBatch.js';
import { extractWorkerHeaps } from '../src/ingest/extractPool.js';
import { ingestTexts, MAX_ROWS_PER_TRANSACTION } from '../src/ingest/ingestTexts.js';
import { ApiStore } from '../src/store/ApiStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const n = Number(process.argv[2] ?? process.env.MEM_N ?? 5000);
const label = process.env.MEM_LABEL ?? 'baseline';
const path = process.env.MEM_PATH ?? `/tmp/mem-${String(n)}-${String(process.pid)}.grafeo`;
const workers = Number(process.env.MEM_WORKERS ?? availableParallelism());
const batchSize = Number(process.env.MEM_BATCH ?? 200);
const compactEvery = Number(process.env.MEM_COMPACT_EVERY ?? 0);
const stripText = process.env.MEM_STRIP_TEXT === '1';
const keep = process.env.MEM_KEEP === '1';
const save = process.env.MEM_SAVE ?? '';
const reopenEvery = Number(process.env.MEM_REOPEN_EVERY ?? 0);
const replay = process.env.MEM_REPLAY ?? '';
const trimEnv = process.env.MEM_TRIM ?? '';
const grafeoOptions = trimEnv === '' ? {} : { releaseMemoryAfterMb: trimEnv === 'off' ? (false as const) : Number(trimEnv) };
const maxRows = process.env.MEM_MAX_ROWS ? Number(process.env.MEM_MAX_ROWS) : undefined;
const OUT = join(ROOT, 'bench', 'results', 'ingest-memory-runs.jsonl');
const MB = 2 ** 20;
const shimDir = process.env.MEM_SHIM_DIR ?? '';

interface MallocInfo {
  arena: number;
  inUse: number;
  free: number;
  mmapped: number;
  trimmed: number;
}

/** glibc's mallinfo2() through koffi (no shim needed), null without glibc. */
const mallinfo2 = (() => {
  try {
    const koffi = createRequire(import.meta.url)('koffi') as typeof Koffi;
    const fields = ['arena', 'ordblks', 'smblks', 'hblks', 'hblkhd', 'usmblks', 'fsmblks', 'uordblks', 'fordblks', 'keepcost'];
    const struct = koffi.struct('mallinfo2', Object.fromEntries(fields.map((f) => [f, 'size_t'])));
    const call = koffi.load('libc.so.6').func('mallinfo2', struct, []);
    return () => call() as Record<string, number | bigint>;
  } catch {
    return null;
  }
})();

/** glibc's malloc counters (the LD_PRELOAD shim, else mallinfo2 through koffi; null without either), after a malloc_trim(0) when asked. */
async function mallocInfo(cmd: 'stats' | 'trim'): Promise<MallocInfo | null> {
  if (!shimDir) {
    if (!mallinfo2) return null;
    if (cmd === 'trim') loadMallocTrim()?.(0);
    const m = mallinfo2();
    const n = (k: string) => Number(m[k] ?? 0);
    return { arena: n('arena'), inUse: n('uordblks'), free: n('fordblks'), mmapped: n('hblkhd'), trimmed: 0 };
  }
  const out = join(shimDir, 'out');
  rmSync(out, { force: true });
  writeFileSync(join(shimDir, 'cmd'), cmd);
  for (let i = 0; i < 200 && !existsSync(out); i++) await new Promise((r) => setTimeout(r, 25));
  return existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as MallocInfo) : null;
}

/** The kernel's view of this process: resident now and at its peak (VmHWM), in MB. */
function procStatus(): { rssMb: number; hwmMb: number } {
  const s = readFileSync('/proc/self/status', 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(s)?.[1] ?? 0) / 1024;
  return { rssMb: kb('VmRSS'), hwmMb: kb('VmHWM') };
}

/** Bytes of a file or folder (Grafeo's WAL may be either), 0 when absent. */
function sizeOf(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.size;
  return readdirSync(p).reduce((a, f) => a + sizeOf(join(p, f)), 0);
}

/** The Grafeo database behind the engine, for compact() (a benchmark's reach into the driver). */
function grafeoOf(engine: GrafeoEngine): GrafeoDB {
  return (engine as unknown as { driver: { db: GrafeoDB } }).driver.db;
}

/**
 * The store ingest writes to: it can leave the documents' text out (MEM_STRIP_TEXT), save each transaction
 * (MEM_SAVE), and close the data file and open it again before every k-th batch (MEM_REOPEN_EVERY).
 */
class MeasuredStore extends ApiStore {
  private writes = 0;
  inner: ApiStore = this;
  reopens: Array<{ stored: number; ms: number; rssBeforeMb: number; rssAfterMb: number }> = [];

  override async upsert(batch: GraphBatch): Promise<void> {
    if (save) appendFileSync(save, `${JSON.stringify(batch)}\n`);
    if (stripText) for (const d of batch.documents) delete d.props.text;
    if (reopenEvery > 0 && this.writes > 0 && this.writes % reopenEvery === 0) {
      const t = performance.now();
      const rssBeforeMb = procStatus().rssMb;
      await (this.inner === this ? super.close() : this.inner.close());
      this.inner = new ApiStore(new GrafeoEngine(path, grafeoOptions));
      this.reopens.push({ stored, ms: performance.now() - t, rssBeforeMb, rssAfterMb: procStatus().rssMb });
    }
    this.writes++;
    return this.inner === this ? super.upsert(batch) : this.inner.upsert(batch);
  }

  override close(): Promise<void> {
    return this.inner === this ? super.close() : this.inner.close();
  }
}

interface Sample {
  s: number;
  stored: number;
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  arrayBuffersMb: number;
  workerHeapUsedMb: number[];
  workerHeapTotalMb: number[];
  fileMb: number;
  walMb: number;
  mallocInUseMb?: number;
  mallocFreeMb?: number;
}

for (const p of [path, `${path}.wal`]) rmSync(p, { recursive: true, force: true });
const before = procStatus();
const engine = new GrafeoEngine(path, grafeoOptions);
const store = new MeasuredStore(engine);
await store.migrate();
const db = grafeoOf(engine);
const opened = procStatus();

const samples: Sample[] = [];
let stored = 0;
let batches = 0;
const compactions: Array<{ stored: number; ms: number; versionsCollected: number }> = [];
const t0 = performance.now();
let sampling = false;
const sample = async () => {
  if (sampling) return;
  sampling = true;
  const m = process.memoryUsage();
  const heaps = await extractWorkerHeaps();
  const malloc = await mallocInfo('stats');
  samples.push({
    ...(malloc ? { mallocInUseMb: (malloc.inUse + malloc.mmapped) / MB, mallocFreeMb: malloc.free / MB } : {}),
    s: (performance.now() - t0) / 1000,
    stored,
    rssMb: procStatus().rssMb,
    heapUsedMb: m.heapUsed / MB,
    heapTotalMb: m.heapTotal / MB,
    externalMb: m.external / MB,
    arrayBuffersMb: m.arrayBuffers / MB,
    workerHeapUsedMb: heaps.map((h) => h.used / MB),
    workerHeapTotalMb: heaps.map((h) => h.total / MB),
    fileMb: sizeOf(path) / MB,
    walMb: sizeOf(`${path}.wal`) / MB,
  });
  sampling = false;
};
const timer = setInterval(() => void sample(), 1000);
const afterBatch = (storedNow: number) => {
  stored = storedNow;
  batches++;
  if (compactEvery > 0 && batches % compactEvery === 0) {
    const t = performance.now();
    const c = db.compact() as { versions_collected?: number };
    compactions.push({ stored, ms: performance.now() - t, versionsCollected: c.versions_collected ?? 0 });
  }
  if (batches % 25 === 0) process.stderr.write(`\r${String(stored)} stored`);
};
/** The saved transactions written again (MEM_REPLAY), at most n articles. */
async function replayBatches(): Promise<{ stored: number; skipped: unknown[] }> {
  let done = 0;
  for await (const line of createInterface({ input: createReadStream(replay) })) {
    if (done >= n) break;
    const batch = JSON.parse(line) as GraphBatch;
    await store.upsert(batch);
    afterBatch((done += batch.documents.length));
  }
  return { stored: done, skipped: [] };
}
const report = replay
  ? await replayBatches()
  : await ingestTexts(store, syntheticArticles(join(ROOT, 'seeds'), n), {
      batchSize,
      workers,
      ...(maxRows ? { maxRowsPerTransaction: maxRows } : {}),
      onProgress: (r) => {
        // Called at the end of a batch's write, before the next one starts: no transaction is open here.
        if (r.stored !== stored) afterBatch(r.stored);
      },
    });
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
await sample();
const afterIngest = procStatus();
global.gc?.();
await new Promise((r) => setTimeout(r, 200));
const afterGc = { ...procStatus(), heapUsedMb: process.memoryUsage().heapUsed / MB };
const fileMbOpen = sizeOf(path) / MB;
const walMbOpen = sizeOf(`${path}.wal`) / MB;
await store.close();
const closed = procStatus();
const mallocClosed = await mallocInfo('stats');
const mallocTrimmed = await mallocInfo('trim');
const trimmed = procStatus();
const fileMbClosed = sizeOf(path) / MB;
process.stderr.write('\n');

const peak = (k: keyof Sample) => Math.max(...samples.map((x) => x[k] as number));
const run = {
  label,
  date: new Date().toISOString(),
  articles: n,
  stored: report.stored,
  skipped: report.skipped.length,
  workers,
  batchSize,
  maxRowsPerTransaction: maxRows ?? MAX_ROWS_PER_TRANSACTION,
  compactEvery,
  stripText,
  replay: replay !== '',
  trim: trimEnv === '' ? `default (${String(RELEASE_MEMORY_AFTER_MB)} MB)` : trimEnv,
  memoryRelease: engine.memoryRelease,
  seconds,
  articlesPerSecond: report.stored / seconds,
  loadAverage: loadavg(),
  rssBeforeOpenMb: before.rssMb,
  rssOpenedMb: opened.rssMb,
  rssAfterIngestMb: afterIngest.rssMb,
  rssAfterGcMb: afterGc.rssMb,
  heapUsedAfterGcMb: afterGc.heapUsedMb,
  rssAfterCloseMb: closed.rssMb,
  mallocAfterClose: mallocClosed,
  rssAfterCloseAndTrimMb: mallocTrimmed ? trimmed.rssMb : null,
  peakRssMb: closed.hwmMb,
  peakHeapUsedMb: peak('heapUsedMb'),
  peakHeapTotalMb: peak('heapTotalMb'),
  peakExternalMb: peak('externalMb'),
  peakWorkerHeapTotalMb: Math.max(0, ...samples.map((x) => x.workerHeapTotalMb.reduce((a, b) => a + b, 0))),
  fileMbOpen,
  walMbOpen,
  fileMbClosed,
  compactions: compactions.length,
  compactMsTotal: compactions.reduce((a, c) => a + c.ms, 0),
  versionsCollected: compactions.reduce((a, c) => a + c.versionsCollected, 0),
  reopenEvery,
  reopens: store.reopens,
  samples,
};
appendFileSync(OUT, `${JSON.stringify(run)}\n`);
if (!keep) for (const p of [path, `${path}.wal`]) rmSync(p, { recursive: true, force: true });
console.log(
  `${label} n=${String(n)}: ${run.articlesPerSecond.toFixed(0)}/s, peak RSS ${run.peakRssMb.toFixed(0)} MB (after ingest ${afterIngest.rssMb.toFixed(0)}, after GC ${afterGc.rssMb.toFixed(0)}), ` +
    `trim ${run.trim}: ${String(engine.memoryRelease.trims)} calls, ${(engine.memoryRelease.trimMs / Math.max(1, engine.memoryRelease.trims)).toFixed(1)} ms each, ${engine.memoryRelease.releasedMb.toFixed(0)} MB released, ` +
    `heap ≤ ${run.peakHeapTotalMb.toFixed(0)} MB, workers ≤ ${run.peakWorkerHeapTotalMb.toFixed(0)} MB, file ${fileMbOpen.toFixed(0)} + WAL ${walMbOpen.toFixed(0)} MB open, ${fileMbClosed.toFixed(0)} MB closed, load ${loadavg()[0]?.toFixed(1) ?? '?'}`,
);
