// The name-ordered lists of people and organizations (`people(name:)`, `organizations(name:)`) read buckets
// instead of every node: one bucket node per folded name and id prefix, holding how many nodes it has, kept by
// `keep` right after the nodes' upsert in the same transaction (ingest and `kg import`), given to older stores by
// `backfill` on migrate. Each node's `property` names the bucket it is counted in; derived like the meeting day
// buckets (MEETING_DAYS in model.ts): a dump's value is not read, nor dumped.

export const NAME_BUCKETS = {
  Person: { batchKey: 'people', label: 'PersonName', property: 'nameKey', keep: 'keep_person_names', backfill: 'backfill_person_names' },
  Organization: {
    batchKey: 'organizations',
    label: 'OrganizationName',
    property: 'nameKey',
    keep: 'keep_organization_names',
    backfill: 'backfill_organization_names',
  },
} as const;

export type NamedLabel = keyof typeof NAME_BUCKETS;

const BUCKETED = Object.values(NAME_BUCKETS);

/** The bucket labels, which hold no data of their own (left out of dumps and their completeness check). */
export const NAME_BUCKET_LABELS: readonly string[] = BUCKETED.map((b) => b.label);

/** The buckets kept for a node label, or null when it has none. */
export function nameBucketsOf(label: string): (typeof NAME_BUCKETS)[NamedLabel] | null {
  return Object.hasOwn(NAME_BUCKETS, label) ? NAME_BUCKETS[label as NamedLabel] : null;
}

/** The statement keeping the buckets of one batch list (`people`, `organizations`), written right after its upsert; none for other lists. */
export function keepNameBuckets(batchKey: string, rows: ReadonlyArray<{ id: string }>): Array<{ query: string; params: { ids: string[] } }> {
  const bucketed = BUCKETED.find((b) => b.batchKey === batchKey);
  return bucketed && rows.length > 0 ? [{ query: bucketed.keep, params: { ids: rows.map((r) => r.id) } }] : [];
}
