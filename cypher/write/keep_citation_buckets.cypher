// After the CITES writes of a transaction (link_cites_new/_known in ingest, recount_directive_citations in `kg
// import`): keeps the CitationBucket buckets Grafeo's "most cited" reads in order before looking up only the
// directives the page needs (cypher/grafeo/analytics/api_most_cited). A bucket holds how many directives have one
// citation count (above 0). A directive's `countedCitations` is the count it is counted under, changed only here:
// one whose `citations` changed moves from its old bucket to the new one, any other counts nothing, so a re-ingest
// or an import leave the counts exact. Changes are summed per bucket before one SET each; an emptied bucket is deleted.
// Buckets are merged on `citationBucketKey` (the same number as `citations`), a property name no other label has:
// Grafeo 0.6 looks a property value up in one index across labels, so a MERGE on CitationBucket.citations walked
// every Directive with that many citations too (14 bucket MERGEs a batch: 1.9 ms at 600 synthetic articles, 24 ms
// at 50k, 65 ms at 100k, where most directives, an article's own, have one citation; bench/results/grafeo-writes-profile.md).
// @param $ids  ids of the directives whose CITES were written
// @returns count (buckets emptied and deleted)
UNWIND $ids AS id
MATCH (d:Directive {id: id})
WITH DISTINCT d
WITH d, d.countedCitations AS old, CASE WHEN d.citations > 0 THEN d.citations ELSE null END AS now
WHERE coalesce(old, 0) <> coalesce(now, 0)
SET d.countedCitations = now
WITH old, now
UNWIND [{citations: now, change: 1}, {citations: old, change: -1}] AS move
WITH move
WHERE move.citations IS NOT NULL
WITH move.citations AS citations, sum(move.change) AS change
MERGE (b:CitationBucket {citationBucketKey: citations})
ON CREATE SET b.citations = citations
SET b.directives = coalesce(b.directives, 0) + change
WITH b
WHERE b.directives = 0
DELETE b
RETURN count(*) AS count
