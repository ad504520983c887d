// Worker thread entry: extraction of one article at a time, off the server's event loop.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { articleBatch } from './articleBatch.js';

parentPort?.on('message', (job: { id: number; source: string; text: string } | { heap: number }) => {
  if ('heap' in job) {
    // A measure of this thread's V8 heap (bench/ingestMemory.ts); Node 20's Worker has no getHeapStatistics().
    const h = getHeapStatistics();
    parentPort?.postMessage({ heap: job.heap, used: h.used_heap_size, total: h.total_heap_size });
    return;
  }
  try {
    parentPort?.postMessage({ id: job.id, batch: articleBatch(job.source, job.text) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message ?? String(error) });
  }
});

// Loaded: from now on the pool times each job (loading the extractor is not reading an article).
parentPort?.postMessage({ ready: true });
