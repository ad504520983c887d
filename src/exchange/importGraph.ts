import { statSync } from 'node:fs';
import type { GraphStore } from '../store/GraphStore.js';
import { readCypherDump } from './cypherDump.js';
import { readCsvDump } from './csvDump.js';
import { countBatch, type Batch, type ExchangeCounts } from './records.js';
import { writeBatch } from './writeBatch.js';
import { moveEvidenceCopies } from '../store/evidenceCopies.js';

export interface ImportOptions {
  /** A Cypher dump file, or a directory of CSV files, as `kg export` writes them. */
  path: string;
  /** Rows per write transaction for CSV (a Cypher dump keeps its own batches). */
  batchSize?: number;
  /** Delete everything in the store first. */
  replace?: boolean;
}

/**
 * Reads a dump back into either engine through the named upsert/link queries,
 * one batch per transaction, streaming: nodes first, then relationships.
 * Merging as ingest does, importing the same dump twice changes nothing.
 */
export async function importGraph(store: GraphStore, options: ImportOptions): Promise<ExchangeCounts> {
  const batches: AsyncIterable<Batch> = statSync(options.path).isDirectory()
    ? readCsvDump(options.path, options.batchSize ?? 500)
    : readCypherDump(options.path);
  if (options.replace) {
    await store.engine.write([{ query: 'admin_delete_all', params: {} }]);
    // The emptied store is a current one (an import keeps every derived fact as ingest does): its backfills are recorded again.
    await store.migrate();
  }
  const counts: ExchangeCounts = { nodes: 0, relationships: 0 };
  for await (const batch of batches) {
    await writeBatch(store.engine, batch);
    countBatch(counts, batch);
  }
  // A dump written before evidence was stored once copies each sentence onto its relationships: moved to bounds in the text.
  await moveEvidenceCopies(store.engine);
  return counts;
}
