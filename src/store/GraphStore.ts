import type { CypherEngine, Row, Statement } from '../engine/CypherEngine.js';
import { assertCalendarDates } from '../graph/calendarDates.js';
import type { GraphBatch, NodeRow, RelRow } from '../graph/GraphBatch.js';
import {
  assertKnownBatchKeys,
  countQuery,
  listQuery,
  MEETING_DAYS,
  NODES,
  NODE_WRITES,
  nodesByIdsQuery,
  REL_WRITES,
  relationshipReadQuery,
  type Label,
  type ListedLabel,
  type RelationshipRead,
} from '../graph/model.js';
import { keepNameBuckets } from '../graph/nameBuckets.js';
import { keepCitationBuckets, keepCitationPeriods } from '../graph/citationBuckets.js';
import { keepSlots } from '../graph/orderedSlots.js';
import { runBackfills } from './backfills.js';

const DOCUMENT_UPSERT = NODES.Document.ingestUpsert;
const DIRECTIVE_UPSERT = NODES.Directive.ingestUpsert;

// The domain port: documents, meetings and their relationships, written once
// against CypherEngine so the same code serves Grafeo and Neo4j.

export type NodeProps = Record<string, unknown> & { id: string };
export type { Label, ListedLabel };

/** A relationship seen from one end: the node at the other end and the relationship's properties. */
export interface Related {
  node: NodeProps;
  rel: Record<string, unknown>;
}

/** Relationship reads, each one query over many ids (cypher/read/rel_<name>.cypher): from the graph model. */
export type Relationship = RelationshipRead;

/**
 * Write order (src/graph/model.ts: NODE_WRITES, REL_WRITES): nodes first, then, in the same transaction,
 * the relationships that MATCH them. The document upsert returns the documents it created: their
 * relationships are CREATEd (link_*_new), those of a document stored before MERGEd (link_*_known), each
 * statement sent only the rows it writes. The cost of a relationship write then does not grow with the
 * degree of the nodes it joins, and a first ingest runs no MERGE of a relationship and seeks no document
 * per relationship row. The link queries of CITES also keep each directive's `citations` (DERIVED_PROPERTIES
 * in the graph model) in the same transaction.
 */

export interface Stats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export class GraphStore {
  constructor(readonly engine: CypherEngine) {}

  /**
   * Applies the engine's schema (indexes, constraints), safe to run at every start; then the backfills of
   * derived facts this store has not run yet (src/store/backfills.ts), or all of them again with `backfills: 'all'`.
   */
  async migrate({ backfills = 'new' }: { backfills?: 'new' | 'all' } = {}): Promise<void> {
    await this.engine.applySchema('schema');
    // The search box's full-text indexes (Grafeo's BM25 text index, Neo4j's Lucene one).
    await this.engine.applySchema('search_indexes');
    // The indexes of the name and citation buckets (src/graph/nameBuckets.ts, citationBuckets.ts).
    await this.engine.applySchema('bucket_indexes');
    await runBackfills(this.engine, { all: backfills === 'all' });
  }

  /** Stores one batch in one write transaction: all of it, or nothing. */
  async upsert(batch: GraphBatch): Promise<void> {
    assertKnownBatchKeys(batch);
    for (const dated of [batch.documents, batch.meetings, batch.directives]) assertCalendarDates(dated);
    const nodes: Statement[] = [];
    for (const [k, query] of NODE_WRITES) {
      // One row per node: a hub named in many articles of the batch is merged and compared once, not once per article.
      const rows: readonly NodeRow[] = uniqueNodeRows<NodeRow>(batch[k]);
      const sent = query === DIRECTIVE_UPSERT ? rows.map(foldedApart) : rows;
      if (rows.length > 0) nodes.push({ query, params: { rows: sent } });
      // The date-ordered lists' day buckets (MEETING_DAYS in the graph model) follow the meetings, in this transaction.
      if (k === 'meetings' && batch.meetings.length > 0) nodes.push({ query: MEETING_DAYS.keep, params: { ids: batch.meetings.map((m) => m.id) } });
      // So do the name buckets of people and organizations (src/graph/nameBuckets.ts), and the slots ordering
      // directives by id and a day's meetings (src/graph/orderedSlots.ts).
      nodes.push(...keepNameBuckets(k, rows), ...keepSlots(k, rows));
    }
    // CREATE would write a row twice where MERGE wrote it once: one row per merge key (a document given twice, an organizer named twice).
    const rels = REL_WRITES.map(([k, query, mergeKeys]) => ({ query, rows: uniqueRelRows(batch[k], mergeKeys) })).filter((r) => r.rows.length > 0);
    if (nodes.length === 0 && rels.length === 0) return;
    const documentsAt = nodes.findIndex((s) => s.query === DOCUMENT_UPSERT);
    // The relationships follow in the same transaction, once the document upsert has said which documents it created.
    await this.engine.writeThen(nodes, (rows) => {
      const created = new Set((rows[documentsAt] ?? []).map((r) => r.id as string));
      const links: Statement[] = rels.flatMap(({ query, rows: relRows }) => {
        const fresh = relRows.filter((r) => created.has(r.documentId));
        const known = fresh.length === relRows.length ? [] : relRows.filter((r) => !created.has(r.documentId));
        return [
          ...(fresh.length > 0 ? [{ query: `${query}_new`, params: { rows: fresh } }] : []),
          ...(known.length > 0 ? [{ query: `${query}_known`, params: { rows: known } }] : []),
        ];
      });
      // The citation buckets (src/graph/citationBuckets.ts) follow the CITES writes, which change the counts.
      return [...links, ...keepCitationBuckets(batch.cites), ...keepCitationPeriods(batch.meetings, batch.cites)];
    });
  }

  /** Nodes by id, in the order asked; null where there is none. */
  async nodesByIds(label: Label, ids: readonly string[]): Promise<Array<NodeProps | null>> {
    const rows = await this.engine.read(nodesByIdsQuery(label), { ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id as string, r.node as NodeProps]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** For each id, in order, the relationships of one kind from it. */
  async related(relationship: Relationship, ids: readonly string[]): Promise<Related[][]> {
    const rows = await this.engine.read(relationshipReadQuery(relationship), { ids: [...ids] });
    return groupByKey(ids, rows, (r) => ({ node: r.node as NodeProps, rel: (r.rel ?? {}) as Record<string, unknown> }));
  }

  async directivesByKey(keys: readonly string[]): Promise<NodeProps[][]> {
    const rows = await this.engine.read('directives_by_key', { keys: [...keys] });
    return groupByKey(keys, rows, (r) => r.node as NodeProps);
  }

  /** One page of citing meetings per directive (limit is the page size plus one, to tell whether more follow). */
  async citedByPages(pages: ReadonlyArray<{ id: string; after: string | null; limit: number }>): Promise<Related[][]> {
    const rows = await this.engine.read('rel_directive_cited_by_page', { pages: pages.map((p) => ({ ...p })) });
    const byKey = new Map(rows.map((r) => [r.key as string, (r.items ?? []) as Related[]]));
    return pages.map((p) => byKey.get(p.id) ?? []);
  }

  async citationCounts(ids: readonly string[]): Promise<number[]> {
    const rows = await this.engine.read('count_directive_citations', { ids: [...ids] });
    const byKey = new Map(rows.map((r) => [r.key as string, Number(r.count)]));
    return ids.map((id) => byKey.get(id) ?? 0);
  }

  async list(label: ListedLabel, after: string | null, limit: number): Promise<NodeProps[]> {
    const rows = await this.engine.read(listQuery(label), { after, limit });
    return rows.map((r) => r.node as NodeProps);
  }

  async count(label: ListedLabel): Promise<number> {
    const rows = await this.engine.read(countQuery(label));
    return Number(rows[0]?.count ?? 0);
  }

  async stats(): Promise<Stats> {
    const [labels, rels] = await Promise.all([this.engine.read('stats_labels'), this.engine.read('stats_relationships')]);
    return {
      labels: Object.fromEntries(labels.map((r) => [r.label as string, Number(r.count)])),
      relationships: Object.fromEntries(rels.map((r) => [r.type as string, Number(r.count)])),
    };
  }

  close(): Promise<void> {
    return this.engine.close();
  }
}

export function groupByKey<T>(keys: readonly string[], rows: Row[], pick: (r: Row) => T): T[][] {
  const byKey = new Map<string, T[]>();
  for (const r of rows) {
    const k = r.key as string;
    const list = byKey.get(k) ?? [];
    list.push(pick(r));
    byKey.set(k, list);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/**
 * Node rows with one row per id, as the upsert's SETs of them one after the other would leave the node: later
 * properties winning, a later null date leaving an earlier one (the upserts keep a known date over a null).
 */
function uniqueNodeRows<T extends { id: string; props: Record<string, unknown>; date?: string | null }>(rows: readonly T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    if (!seen) byId.set(row.id, row);
    else byId.set(row.id, { ...seen, ...row, props: { ...seen.props, ...row.props }, ...('date' in row ? { date: row.date ?? seen.date ?? null } : {}) });
  }
  return byId.size === rows.length ? [...rows] : [...byId.values()];
}

/** A directive row with its folded text beside its other properties, for upsert_directives_ingest (it says why). */
function foldedApart(row: NodeRow): Record<string, unknown> {
  const { folded, ...props } = row.props;
  return { ...row, props, folded: folded ?? null };
}

/** Relationship rows with one row per merge key (ends, document, and the type's own keys: role, title), later properties winning as SET r += did. */
function uniqueRelRows(rows: readonly RelRow[], mergeKeys: readonly string[]): RelRow[] {
  const byKey = new Map<string, RelRow>();
  for (const row of rows) {
    const own: Record<string, unknown> = { ...row };
    const key = [row.from, row.to, row.documentId, ...mergeKeys.map((k) => String(own[k] ?? ''))].join('\u0000');
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, ...row, props: { ...seen.props, ...row.props } } : row);
  }
  return byKey.size === rows.length ? [...rows] : [...byKey.values()];
}
