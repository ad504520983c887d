import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GraphBatch } from '../graph/GraphBatch.js';

/** Extraction of one article is well under a second (bench/results/hostile.json); far past it, the input is hostile. */
export const EXTRACT_TIMEOUT_MS = 10_000;

/** A worker thread's V8 heap in bytes, as it reports it. */
export interface WorkerHeap {
  used: number;
  total: number;
}

/** Pools with a worker started, so a benchmark can ask each worker for its heap (extractWorkerHeaps). */
const livePools = new Set<ExtractPool>();

/** The V8 heap of every running extraction worker (bench/ingestMemory.ts); a busy worker answers after its job. */
export async function extractWorkerHeaps(): Promise<WorkerHeap[]> {
  const heaps = await Promise.all([...livePools].map((p) => p.heap()));
  return heaps.filter((h): h is WorkerHeap => h !== null);
}
/**
 * How long a new worker may take to load the extractor before it counts as broken. Loading is not
 * reading: a loaded machine (or tsx compiling the sources, in tests) can take longer than a job's
 * timeout to start the thread, and that must not make the first article "too long to read".
 */
export const WORKER_START_TIMEOUT_MS = 120_000;

interface Job {
  id: number;
  source: string;
  text: string;
  resolve: (batch: GraphBatch) => void;
  reject: (error: Error) => void;
}

/**
 * The worker: compiled JavaScript beside this file, or (tests, `tsx src/…`) the
 * TypeScript source loaded after registering tsx's loader inside the worker
 * (a worker does not inherit the parent's loader, nor take --import in execArgv here).
 */
function newWorker(): Worker {
  const js = new URL('./extractWorker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return new Worker(js);
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const ts = new URL('./extractWorker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(ts)}); });`, { eval: true });
}

/**
 * Article extraction in a worker thread, one job at a time in order. The server
 * uses it so that reading a large or hostile page never blocks the event loop
 * that answers queries; a job past the timeout ends the worker (a new one is
 * started for the next job) and is reported as unreadable.
 */
export class ExtractPool {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly heapWaiters = new Map<number, (heap: WorkerHeap | null) => void>();
  /** The worker has loaded the extractor (it says so once): jobs are timed from then on. */
  private ready = false;

  /** `startWorker` is for tests: a worker that loads the way this one's may on a busy machine. */
  constructor(
    private readonly timeoutMs = EXTRACT_TIMEOUT_MS,
    private readonly startWorker: () => Worker = newWorker,
  ) {}

  extract(source: string, text: string): Promise<GraphBatch> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, text, resolve, reject });
      this.pump();
    });
  }

  /** The worker's V8 heap, or null when it has none running (or it stops before answering). */
  heap(): Promise<WorkerHeap | null> {
    const w = this.worker;
    if (!w) return Promise.resolve(null);
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.heapWaiters.set(id, resolve);
      w.postMessage({ heap: id });
    });
  }

  /** Ends the worker; pending jobs are rejected. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('extraction stopped'));
    this.finish(new Error('extraction stopped'));
    const w = this.worker;
    this.worker = null;
    this.forget();
    this.ready = false;
    if (w) await w.terminate();
  }

  /** No worker any more: out of the live pools, and heap questions answered with null. */
  private forget(): void {
    livePools.delete(this);
    for (const resolve of this.heapWaiters.values()) resolve(null);
    this.heapWaiters.clear();
  }

  private start(): Worker {
    const w = this.startWorker();
    w.unref(); // an idle worker never keeps the process alive
    livePools.add(this);
    w.on('message', (m: { ready?: true; id: number; batch?: GraphBatch; error?: string } | ({ heap: number } & WorkerHeap)) => {
      if ('heap' in m) {
        this.heapWaiters.get(m.heap)?.({ used: m.used, total: m.total });
        this.heapWaiters.delete(m.heap);
        return;
      }
      if (m.ready) {
        if (this.worker !== w) return; // a worker already ended
        this.ready = true;
        this.send();
        return;
      }
      if (!this.current || m.id !== this.current.id) return;
      if (m.error !== undefined) this.finish(new Error(m.error));
      else this.finish(null, m.batch);
    });
    w.on('error', (error) => this.restart(new Error(`extraction failed: ${error.message}`)));
    w.on('exit', () => {
      if (this.worker === w) this.restart(new Error('extraction worker stopped'));
    });
    return w;
  }

  private pump(): void {
    const job = this.current ? undefined : this.queue.shift();
    if (!job) return;
    this.current = job;
    this.worker ??= this.start();
    this.worker.ref(); // busy: keep the process alive until the job ends
    if (this.ready) this.send();
    else
      this.timer = setTimeout(
        () => this.restart(new Error(`the extraction worker did not start within ${WORKER_START_TIMEOUT_MS / 1000} s`)),
        WORKER_START_TIMEOUT_MS,
      );
  }

  /** The current job to the ready worker, timed from now. */
  private send(): void {
    const job = this.current;
    if (!job || !this.worker) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.restart(new Error(`took too long to read (over ${this.timeoutMs / 1000} s)`)), this.timeoutMs);
    this.worker.postMessage({ id: job.id, source: job.source, text: job.text });
  }

  private finish(error: Error | null, batch?: GraphBatch): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const job = this.current;
    this.current = null;
    this.worker?.unref();
    if (job) {
      if (error) job.reject(error);
      else if (batch) job.resolve(batch);
      else job.reject(new Error('the extraction worker answered without a batch'));
    }
    this.pump();
  }

  /** The worker is stuck or gone: end it, fail its job, and let the next job start a fresh one. */
  private restart(error: Error): void {
    const w = this.worker;
    this.worker = null;
    this.forget();
    this.ready = false;
    if (w) void w.terminate();
    this.finish(error);
  }
}

let shared: ExtractPool | null = null;

/** One pool per process, started on first use. */
export function sharedExtractPool(): ExtractPool {
  shared ??= new ExtractPool();
  return shared;
}

/** `extract` option of ingestTexts that runs in the shared worker. */
export const extractOffThread = (source: string, text: string): Promise<GraphBatch> => sharedExtractPool().extract(source, text);
