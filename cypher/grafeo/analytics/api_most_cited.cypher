// Directives by the number of meetings citing them, most first (no date range: api_most_cited_in_range).
// Reads the count kept at write time (`citations`, link_cites_*) instead of aggregating every CITES; the
// predicate on it lets Neo4j walk its range index (directive_citations) in order; nodes projected after LIMIT.
// @param $limit  rows to return
// @returns node (map), count, periods (list of {year, part, count}: the directive's CitationPeriod counts, as
//   api_citations_by_period_of reads them, so citationCounts of the most cited needs no second round trip)
// Grafeo sorts without an index (300 ms for 20k directives at 100k articles, and aggregating their counts 100 ms):
// it reads the CitationBucket buckets instead (one per citation count, with its number of directives, kept by
// keep_citation_buckets), most first, keeps those before which fewer than $limit directives come, and looks up
// only their directives by equality on the indexed `citations`. The periods come from a scoped CALL per directive,
// which looks them up by the indexed `directive` (0.5 -> 0.9 ms at 100k articles, against ~0.5 ms plus a round trip
// for api_citations_by_period_of); an OPTIONAL MATCH of them scans every CitationPeriod (100-150 ms).
MATCH (b:CitationBucket)
WITH b
ORDER BY b.citations DESC
LIMIT $limit
WITH collect({citations: b.citations, directives: b.directives}) AS buckets
UNWIND range(0, size(buckets) - 1) AS i
WITH buckets[i].citations AS citations, reduce(s = 0, x IN buckets[0..i] | s + x.directives) AS before
WHERE before < $limit
MATCH (d:Directive {citations: citations})
WITH d, d.citations AS count, d.id AS id
ORDER BY count DESC, id
LIMIT $limit
CALL (id) {
  MATCH (p:CitationPeriod {directive: id})
  RETURN collect({year: p.year, part: p.part, count: p.meetings}) AS periods
}
RETURN d {.*} AS node, count, periods
