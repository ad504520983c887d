import { availableParallelism } from 'node:os';
import type { GraphBatch } from '../graph/GraphBatch.js';
import { ExtractPool } from './extractPool.js';

// Extraction is most of ingest's CPU (bench/results): with `workers` > 1 it runs in that
// many worker threads (one ExtractPool each: a worker, its timeout, a fresh one after a
// crash), while the main thread only writes. Results come back in input order, and at
// most `ahead` articles are in flight, so memory stays bounded whatever the corpus.

export type Extract = (source: string, text: string) => GraphBatch | Promise<GraphBatch>;

/** One worker per core: the default for bulk ingests. */
export const WORKERS_PER_MACHINE = availableParallelism();

/** An `extract` spreading articles over `workers` threads, and its close(). */
export function parallelExtractor(workers: number): { extract: Extract; close: () => Promise<void> } {
  const pools = Array.from({ length: Math.max(1, workers) }, () => new ExtractPool());
  const busy = pools.map(() => 0);
  return {
    extract: async (source, text) => {
      // The least busy worker (ties: the first), so a slow article does not hold up the others' share.
      const i = busy.indexOf(Math.min(...busy));
      const pool = pools[i];
      if (!pool) throw new Error('parallelExtractor: no worker'); // pools holds at least one
      busy[i] = (busy[i] ?? 0) + 1;
      try {
        return await pool.extract(source, text);
      } finally {
        busy[i] = (busy[i] ?? 1) - 1;
      }
    },
    close: async () => {
      await Promise.all(pools.map((p) => p.close()));
    },
  };
}

/**
 * The inputs in order, each text already handed to `extract` up to `ahead` items before it
 * is consumed. Items without a text (rejected, ignored) pass through with no extraction.
 */
export async function* extractAhead<T extends { source: string }>(
  items: Iterable<T> | AsyncIterable<T>,
  extract: Extract,
  ahead: number,
): AsyncGenerator<{ item: T; batch: Promise<GraphBatch> | null }> {
  const window: Array<{ item: T; batch: Promise<GraphBatch> | null }> = [];
  for await (const item of items) {
    const text = (item as { text?: unknown }).text;
    let batch: Promise<GraphBatch> | null = null;
    if (typeof text === 'string') {
      batch = Promise.resolve().then(() => extract(item.source, text));
      batch.catch(() => undefined); // awaited (and its error reported) when its turn comes
    }
    window.push({ item, batch });
    const due = window.length > ahead ? window.shift() : undefined;
    if (due) yield due;
  }
  yield* window;
}
