// After the CITES writes of a transaction (link_cites_new/_known in ingest, recount_directive_citations in `kg
// import`): keeps the CitationBucket buckets Grafeo's "most cited" reads in order before looking up only the
// directives the page needs (cypher/grafeo/analytics/api_most_cited). A bucket holds how many directives have one
// citation count (above 0). A directive's `countedCitations` is the count it is counted under, changed only here:
// one whose `citations` changed moves from its old bucket to the new one, any other counts nothing, so a re-ingest
// or an import leave the counts exact. Changes are summed per bucket before one SET each; an emptied bucket is deleted.
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
MERGE (b:CitationBucket {citations: citations})
SET b.directives = coalesce(b.directives, 0) + change
WITH b
WHERE b.directives = 0
DELETE b
RETURN count(*) AS count
