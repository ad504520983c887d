// "Most cited" on Grafeo reads CitationBucket buckets (one per citation count above 0, with how many directives
// have it), kept by `keep` after the CITES writes of a transaction (ingest and `kg import`), given to older stores
// by `backfill` on migrate. Each directive's `property` is the count it is counted under; derived like the
// citation count itself (DERIVED_COUNTS in model.ts): a dump's value is not read, nor dumped.

export const CITATION_BUCKETS = {
  label: 'CitationBucket',
  property: 'countedCitations',
  keep: 'keep_citation_buckets',
  backfill: 'backfill_citation_buckets',
  /** Buckets are merged on `citationBucketKey` (the number of `citations`), which older stores get from this on migrate. */
  key: 'key_citation_buckets',
} as const;

/**
 * citationCounts reads CitationPeriod counts (one per directive and reporting period of its citing meetings),
 * kept by `keep` for the meetings of a transaction after its CITES writes, given to older stores by `backfill`.
 * Each CITES's `property` is the count it is counted in: derived, not dumped.
 */
export const CITATION_PERIODS = {
  label: 'CitationPeriod',
  property: 'countedPeriod',
  keep: 'keep_citation_periods',
  backfill: 'backfill_citation_periods',
} as const;

/** The statement keeping the period counts of the meetings written and of those a batch of CITES rows starts from. */
export function keepCitationPeriods(
  meetings: ReadonlyArray<{ id: string }>,
  cites: ReadonlyArray<{ from: string }>,
): Array<{ query: string; params: { ids: string[] } }> {
  const ids = [...new Set([...meetings.map((m) => m.id), ...cites.map((r) => r.from)])];
  return ids.length > 0 ? [{ query: CITATION_PERIODS.keep, params: { ids } }] : [];
}

/** The statement keeping the buckets of the directives a batch of CITES rows reaches; none for no rows. */
export function keepCitationBuckets(cites: ReadonlyArray<{ to: string }>): Array<{ query: string; params: { ids: string[] } }> {
  return cites.length > 0 ? [{ query: CITATION_BUCKETS.keep, params: { ids: [...new Set(cites.map((r) => r.to))] } }] : [];
}
