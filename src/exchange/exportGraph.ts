import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GraphStore } from '../store/GraphStore.js';
import { QueryCatalog, splitStatements } from '../engine/QueryCatalog.js';
import { readGraph } from './readGraph.js';
import { writeCypherBatch, writeCypherHeader } from './cypherDump.js';
import { writeCsvDump } from './csvDump.js';
import { countBatch, type ExchangeCounts } from './records.js';
import { openTextWriter } from './textWriter.js';

export type DumpFormat = 'cypher' | 'csv';

export interface ExportOptions {
  format: DumpFormat;
  /** A file for `cypher`, a directory for `csv`. */
  out: string;
  /** Nodes (or start nodes) per page read and per statement written. */
  pageSize?: number;
}

/**
 * Dumps the whole graph of either engine in a form Neo4j loads: a Cypher file
 * for `cypher-shell < dump.cypher`, or CSV files for `neo4j-admin database
 * import`. Read page by page, written as it goes.
 */
export async function exportGraph(store: GraphStore, options: ExportOptions): Promise<ExchangeCounts> {
  const pageSize = options.pageSize ?? 500;
  if (options.format === 'csv') return writeCsvDump(store.engine, options.out, pageSize);
  const counts: ExchangeCounts = { nodes: 0, relationships: 0 };
  mkdirSync(dirname(options.out), { recursive: true });
  const out = openTextWriter(options.out);
  try {
    // The dump is for Neo4j, so it carries Neo4j's schema whichever engine it comes from.
    await writeCypherHeader(out, splitStatements(new QueryCatalog('neo4j').get('schema').text));
    for await (const batch of readGraph(store.engine, pageSize)) {
      countBatch(counts, batch);
      await writeCypherBatch(out, batch);
    }
  } finally {
    await out.close();
  }
  return counts;
}
