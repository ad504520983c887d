// Gives `countedCitations` and their CitationBucket buckets (keep_citation_buckets) to the cited directives of a
// store written before the buckets were kept (run by migrate at every start, after backfill_directive_citations):
// only cited directives without `countedCitations` are counted, so on a current store this writes nothing. Buckets
// are merged on `citationBucketKey`, as keep_citation_buckets does (it says why).
// @returns count
MATCH (d:Directive)
WHERE d.countedCitations IS NULL AND d.citations > 0
SET d.countedCitations = d.citations
WITH d.citations AS citations, count(d) AS added
MERGE (b:CitationBucket {citationBucketKey: citations})
ON CREATE SET b.citations = citations
SET b.directives = coalesce(b.directives, 0) + added
RETURN count(b) AS count
