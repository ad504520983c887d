// Gives CitationBucket buckets of an older store their `citationBucketKey` (the same number as `citations`), on which
// keep_citation_buckets and backfill_citation_buckets merge them (a MERGE on `citations` is slow on Grafeo,
// keep_citation_buckets says why); run by migrate before the backfill; none on a current store.
// @returns count
MATCH (b:CitationBucket)
WHERE b.citationBucketKey IS NULL
SET b.citationBucketKey = b.citations
RETURN count(b) AS count
