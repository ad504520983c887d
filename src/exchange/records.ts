import type { Label } from '../store/GraphStore.js';

// The engine-neutral form every dump format is written from and read back
// into: plain values, dates as ISO strings 'YYYY-MM-DD'.

export type Props = Record<string, unknown>;

export interface NodeRecord {
  id: string;
  /** Every property but id. */
  props: Props;
}

export interface RelRecord {
  from: string;
  to: string;
  /** Every property, documentId (and role / title) included. */
  props: Props;
}

/** A run of records of one label or one relationship type, the unit a dump is written and read in. */
export type Batch = { kind: 'nodes'; label: Label; records: NodeRecord[] } | { kind: 'relationships'; type: string; records: RelRecord[] };

export interface ExchangeCounts {
  nodes: number;
  relationships: number;
}

export function countBatch(counts: ExchangeCounts, batch: Batch): void {
  if (batch.kind === 'nodes') counts.nodes += batch.records.length;
  else counts.relationships += batch.records.length;
}
