import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { GraphStore, Stats } from '../store/GraphStore.js';
import { QueryCatalog, splitStatements } from '../engine/QueryCatalog.js';
import { readGraph } from './readGraph.js';
import { writeCypherBatch, writeCypherHeader } from './cypherDump.js';
import { writeCsvDump } from './csvDump.js';
import { countBatch, type ExchangeCounts } from './records.js';
import { openTextWriter } from './textWriter.js';
import { MEETING_DAYS, STORE_MIGRATIONS } from '../graph/model.js';
import { NAME_BUCKET_LABELS, NAME_GRAM_TYPES } from '../graph/nameBuckets.js';
import { CITATION_BUCKETS, CITATION_PERIODS } from '../graph/citationBuckets.js';
import { SLOT_LABELS } from '../graph/orderedSlots.js';

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
  const before = await store.stats();
  const counts = options.format === 'csv' ? await writeCsvDump(store.engine, options.out, pageSize) : await writeCypherDump(store, options.out, pageSize);
  assertComplete(before, counts);
  return counts;
}

async function writeCypherDump(store: GraphStore, path: string, pageSize: number): Promise<ExchangeCounts> {
  const counts: ExchangeCounts = { nodes: 0, relationships: 0 };
  mkdirSync(dirname(path), { recursive: true });
  const out = openTextWriter(path);
  try {
    // The dump is for Neo4j, so it carries Neo4j's schema whichever engine it comes from. It leaves the derived
    // buckets out, so it also forgets the loaded store's record of backfills (src/store/backfills.ts): kg's next start runs them.
    const catalog = new QueryCatalog('neo4j');
    await writeCypherHeader(out, [...splitStatements(catalog.get('schema').text), ...splitStatements(catalog.get('admin_forget_store_migrations').text)]);
    for await (const batch of readGraph(store.engine, pageSize)) {
      countBatch(counts, batch);
      await writeCypherBatch(out, batch);
    }
  } finally {
    await out.close();
  }
  return counts;
}

/**
 * Labels not dumped: buckets kept from the data by import as by ingest (and by `kg migrate`): meeting days (MEETING_DAYS),
 * names and citations (src/graph/nameBuckets.ts, citationBuckets.ts), the slots of id and within-day order (orderedSlots.ts); and the record of the store's backfills
 * (STORE_MIGRATIONS), which the store imported into keeps for itself.
 */
const NOT_DUMPED: readonly string[] = [
  MEETING_DAYS.label,
  ...NAME_BUCKET_LABELS,
  CITATION_BUCKETS.label,
  CITATION_PERIODS.label,
  ...SLOT_LABELS,
  STORE_MIGRATIONS.label,
];

/** A dump that holds less than the graph (a label no export query pages, a graph changing underneath) is an error, not a quiet loss. */
function assertComplete(stats: Stats, counts: ExchangeCounts): void {
  const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
  const dumped = Object.fromEntries(Object.entries(stats.labels).filter(([label]) => !NOT_DUMPED.includes(label)));
  // The links of name buckets to their trigrams (src/graph/nameBuckets.ts) are derived like the buckets.
  const linked = Object.fromEntries(Object.entries(stats.relationships).filter(([type]) => !NAME_GRAM_TYPES.includes(type)));
  const [nodes, relationships] = [sum(dumped), sum(linked)];
  if (nodes !== counts.nodes || relationships !== counts.relationships) {
    throw new Error(
      `the dump holds ${counts.nodes} nodes and ${counts.relationships} relationships, but the graph had ${nodes} and ${relationships} ` +
        `(labels ${JSON.stringify(stats.labels)}, types ${JSON.stringify(stats.relationships)}): a label or type the export does not know, or writes during the export`,
    );
  }
}
