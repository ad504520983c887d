// The graph model as one table (docs/graph-model.md): node labels and relationship
// types with everything the code derives from them: batch keys and write order
// (GraphStore), id prefixes (labelOfId), query names, exchange shapes, the
// relationship reads of the API and the path step types. Adding a relationship type
// starts with one entry in RELATIONSHIPS; the type checks below and
// test/unit/graphModel.test.ts say what else must follow (its GraphBatch list, its
// link_*/rel_* queries).

import type { GraphBatch } from './GraphBatch.js';

export const NODES = {
  Document: {
    batchKey: 'documents',
    /** Document ids: `doc:<hash>`; meeting ids extend them (`doc:<hash>/m0`). */
    idPrefix: 'doc:',
    /** Stored with date() (a Neo4j date), travels as an ISO string. */
    dateProperty: 'publishedOn',
    listed: true,
    /** Ingest marks new documents so their relationships can be CREATEd (GraphStore.upsert). */
    ingestUpsert: 'upsert_documents_ingest',
  },
  Meeting: { batchKey: 'meetings', idPrefix: 'doc:', dateProperty: 'date', listed: true, ingestUpsert: 'upsert_meetings' },
  /** Directive ids are citation keys (`CT-5-TW@2016`): no prefix, the label of every other id. */
  Directive: {
    batchKey: 'directives',
    idPrefix: null,
    dateProperty: 'issuedOn',
    listed: true,
    /** Ingest sends the folded text beside the other properties, set only where it changed (GraphStore.upsert). */
    ingestUpsert: 'upsert_directives_ingest',
  },
  Organization: { batchKey: 'organizations', idPrefix: 'org:', dateProperty: null, listed: true, ingestUpsert: 'upsert_organizations' },
  Person: { batchKey: 'people', idPrefix: 'person:', dateProperty: null, listed: true, ingestUpsert: 'upsert_people' },
  Place: { batchKey: 'places', idPrefix: 'place:', dateProperty: null, listed: false, ingestUpsert: 'upsert_places' },
} as const;

/**
 * Counts the store derives from relationships and keeps at write time, never taken from input: a
 * directive's `citations` is the number of meetings citing it, kept by link_cites_* in the ingest
 * transaction, so "most cited" reads one indexed property. `kg import` MERGEs a dump's relationships
 * (new or not), so it counts again, with `recount`, the nodes at the counted end of each batch.
 */
export const DERIVED_COUNTS = {
  citations: { label: 'Directive', relationship: 'CITES', recount: 'recount_directive_citations' },
} as const;

/**
 * The date-ordered meeting lists read MeetingDay buckets (one per `day`: a meeting's date as ISO text, '' when
 * undated, with its count of meetings), kept by `keep` right after the meetings' upsert in the same transaction
 * (ingest and `kg import`), given to older stores by `backfill` on migrate. Derived, like the counts above: a
 * dump's `day` is not read.
 */
export const MEETING_DAYS = {
  label: 'MeetingDay',
  property: 'day',
  keep: 'keep_meeting_days',
  backfill: 'backfill_meeting_days',
  /** Buckets are merged on `dayKey` (the text of `day`), which older stores get from this on migrate. */
  key: 'key_meeting_days',
} as const;

/** The backfills a store has run (src/store/backfills.ts), one node each: bookkeeping, not data (not dumped). */
export const STORE_MIGRATIONS = { label: 'StoreMigration' } as const;

/** A meeting id is its document's id plus `/m<n>`. */
export const MEETING_ID_SUFFIX = /\/m\d+$/;

export const RELATIONSHIPS = {
  REPORTS: {
    batchKey: 'reports',
    from: 'Document',
    to: 'Meeting',
    mergeKeys: [],
    properties: [],
    reads: { out: 'document_meetings', in: 'meeting_documents' },
  },
  CITES: { batchKey: 'cites', from: 'Meeting', to: 'Directive', mergeKeys: [], properties: [], reads: { out: 'meeting_citations', in: null } },
  ORGANIZED: {
    batchKey: 'organized',
    from: 'Organization',
    to: 'Meeting',
    mergeKeys: [],
    properties: [],
    reads: { out: 'organization_organized', in: 'meeting_organizers' },
  },
  PARTICIPATED: {
    batchKey: 'participated',
    from: 'Person',
    to: 'Meeting',
    mergeKeys: ['role'],
    properties: ['role'],
    reads: { out: 'person_meetings', in: 'meeting_participants' },
  },
  HOLDS: {
    batchKey: 'holds',
    from: 'Person',
    to: 'Organization',
    mergeKeys: ['title'],
    properties: ['title', 'position'],
    reads: { out: 'person_positions', in: 'organization_members' },
  },
  ISSUED_BY: {
    batchKey: 'issuedBy',
    from: 'Directive',
    to: 'Organization',
    mergeKeys: [],
    properties: [],
    reads: { out: 'directive_issuers', in: 'organization_issued' },
  },
  HELD_IN: { batchKey: 'heldIn', from: 'Meeting', to: 'Place', mergeKeys: [], properties: [], reads: { out: 'meeting_place', in: null } },
  IMPLEMENTS: {
    batchKey: 'implements',
    from: 'Directive',
    to: 'Directive',
    mergeKeys: [],
    properties: [],
    reads: { out: 'directive_implements', in: 'directive_implemented_by' },
  },
} as const;

export type Label = keyof typeof NODES;
export type ListedLabel = { [L in Label]: (typeof NODES)[L]['listed'] extends true ? L : never }[Label];
export type RelationshipType = keyof typeof RELATIONSHIPS;
export type NodeBatchKey = (typeof NODES)[Label]['batchKey'];
export type RelBatchKey = (typeof RELATIONSHIPS)[RelationshipType]['batchKey'];
export type BatchKey = NodeBatchKey | RelBatchKey;

type ReadsOf<T extends RelationshipType> = (typeof RELATIONSHIPS)[T]['reads'];
/** Relationship reads from one end, each one query over many ids (cypher/read/rel_<name>.cypher). */
export type RelationshipRead = { [T in RelationshipType]: Exclude<ReadsOf<T>['out'] | ReadsOf<T>['in'], null> }[RelationshipType];

/** Object.keys with the keys' type: the model's objects are `as const`, so they have no other keys. */
function keysOf<T extends object>(o: T): Array<keyof T> {
  return Object.keys(o) as Array<keyof T>;
}

export const LABELS: readonly Label[] = keysOf(NODES);
export const RELATIONSHIP_TYPES: readonly RelationshipType[] = keysOf(RELATIONSHIPS);
export const LISTED_LABELS: readonly ListedLabel[] = LABELS.filter((l): l is ListedLabel => NODES[l].listed);

export const RELATIONSHIP_READS: readonly RelationshipRead[] = RELATIONSHIP_TYPES.flatMap((t) => {
  const { out, in: incoming } = RELATIONSHIPS[t].reads;
  return incoming === null ? [out] : [out, incoming];
});

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && Object.hasOwn(NODES, value);
}

export function isRelationshipType(value: unknown): value is RelationshipType {
  return typeof value === 'string' && Object.hasOwn(RELATIONSHIPS, value);
}

/** The label an id belongs to, read from the id scheme (directive keys have no prefix). */
export function labelOfId(id: string): Label {
  if (id.startsWith(NODES.Meeting.idPrefix) && MEETING_ID_SUFFIX.test(id)) return 'Meeting';
  for (const label of LABELS) {
    const prefix = NODES[label].idPrefix;
    if (prefix !== null && id.startsWith(prefix)) return label;
  }
  return 'Directive';
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time: every GraphBatch list has its place in the write order, and every place its list. */
export type BatchMatchesModel = Assert<Same<keyof GraphBatch, BatchKey>>;

// Query names, one scheme for every label and type (files in cypher/).
export const nodesByIdsQuery = (label: Label): string => `${NODES[label].batchKey}_by_ids`;
export const listQuery = (label: ListedLabel): string => `list_${NODES[label].batchKey}`;
export const countQuery = (label: ListedLabel): string => `count_${NODES[label].batchKey}`;
export const exportQuery = (label: Label): string => `export_${NODES[label].batchKey}`;
export const importUpsertQuery = (label: Label): string => `upsert_${NODES[label].batchKey}`;
export const linkQuery = (type: RelationshipType): string => `link_${type.toLowerCase()}`;
export const relationshipReadQuery = (read: RelationshipRead): string => `rel_${read}`;
/** The relationships leaving nodes of a label are paged out by one export query; null when none leave it. */
export const exportLinksQuery = (label: Label): string | null =>
  RELATIONSHIP_TYPES.some((t) => RELATIONSHIPS[t].from === label) ? `export_links_from_${NODES[label].batchKey}` : null;

/**
 * Write order of one batch: every node list before any relationship list (a relationship
 * MATCHes its ends), each with the query that writes it.
 */
export const NODE_WRITES: ReadonlyArray<readonly [NodeBatchKey, string]> = LABELS.map((l) => [NODES[l].batchKey, NODES[l].ingestUpsert] as const);
/** Each relationship list with its link query and the row fields it is merged on besides its ends and documentId. */
export const REL_WRITES: ReadonlyArray<readonly [RelBatchKey, string, readonly string[]]> = RELATIONSHIP_TYPES.map(
  (t) => [RELATIONSHIPS[t].batchKey, linkQuery(t), RELATIONSHIPS[t].mergeKeys] as const,
);
export const BATCH_KEYS: readonly BatchKey[] = [...NODE_WRITES.map(([k]) => k), ...REL_WRITES.map(([k]) => k)];

/** Throws when a batch holds a list the write order does not know (it would never be written). */
export function assertKnownBatchKeys(batch: object): void {
  const known = new Set<string>(BATCH_KEYS);
  const unknown = Object.keys(batch).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new Error(`Batch lists ${unknown.join(', ')} are not in the graph model (src/graph/model.ts): they would never be written`);
  }
}
