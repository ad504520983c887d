// Worker thread entry: extraction of one article at a time, off the server's event loop.
import { parentPort } from 'node:worker_threads';
import { articleBatch } from './articleBatch.js';

parentPort?.on('message', (job: { id: number; source: string; text: string }) => {
  try {
    parentPort?.postMessage({ id: job.id, batch: articleBatch(job.source, job.text) });
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: (error as Error).message ?? String(error) });
  }
});
