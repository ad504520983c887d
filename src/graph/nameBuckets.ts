// The name-ordered lists of people and organizations (`people(name:)`, `organizations(name:)`) read buckets
// instead of every node: one bucket node per folded name and id prefix, holding how many nodes it has, kept by
// `keep` right after the nodes' upsert in the same transaction (ingest and `kg import`), given to older stores by
// `backfill` on migrate. Each node's `property` names the bucket it is counted in; derived like the meeting day
// buckets (MEETING_DAYS in model.ts): a dump's value is not read, nor dumped.
//
// By part of the name, the embedded engine (no substring index) reads the buckets through `grams`: one gram node per
// character trigram of the buckets' folded names, holding how many buckets have it, linked from each bucket that has
// it; kept by `grams.keep` after `keep` (links CREATEd from a bucket new in this transaction, its low-degree end) and
// dropped with an emptied bucket by `keep`; `grams.backfill` gives them to older stores. A query then reads only the
// buckets of its rarest trigram. Neo4j answers from a text index on the buckets: its `grams` queries write nothing.

export const NAME_BUCKETS = {
  Person: {
    batchKey: 'people',
    label: 'PersonName',
    property: 'nameKey',
    keep: 'keep_person_names',
    backfill: 'backfill_person_names',
    grams: { label: 'PersonGram', type: 'PERSON_GRAM', keep: 'keep_person_grams', backfill: 'backfill_person_grams' },
  },
  Organization: {
    batchKey: 'organizations',
    label: 'OrganizationName',
    property: 'nameKey',
    keep: 'keep_organization_names',
    backfill: 'backfill_organization_names',
    grams: { label: 'OrganizationGram', type: 'ORGANIZATION_GRAM', keep: 'keep_organization_grams', backfill: 'backfill_organization_grams' },
  },
} as const;

export type NamedLabel = keyof typeof NAME_BUCKETS;

const BUCKETED = Object.values(NAME_BUCKETS);

/** The bucket and gram labels, which hold no data of their own (left out of dumps and their completeness check). */
export const NAME_BUCKET_LABELS: readonly string[] = BUCKETED.flatMap((b) => [b.label, b.grams.label]);

/** The relationship types linking buckets to their grams, likewise left out of dumps. */
export const NAME_GRAM_TYPES: readonly string[] = BUCKETED.map((b) => b.grams.type);

/** The buckets kept for a node label, or null when it has none. */
export function nameBucketsOf(label: string): (typeof NAME_BUCKETS)[NamedLabel] | null {
  return Object.hasOwn(NAME_BUCKETS, label) ? NAME_BUCKETS[label as NamedLabel] : null;
}

/** The statements keeping the buckets (then their grams) of one batch list (`people`, `organizations`), written right after its upsert; none for other lists. */
export function keepNameBuckets(batchKey: string, rows: ReadonlyArray<{ id: string }>): Array<{ query: string; params: { ids: string[] } }> {
  const bucketed = BUCKETED.find((b) => b.batchKey === batchKey);
  if (!bucketed || rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  return [
    { query: bucketed.keep, params: { ids } },
    { query: bucketed.grams.keep, params: { ids } },
  ];
}
