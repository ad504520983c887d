// Directives by the number of meetings citing them, most first (no date range: api_most_cited_in_range).
// Reads the count kept at write time (`citations`, link_cites_*) instead of aggregating every CITES; the
// predicate on it lets Neo4j walk its range index (directive_citations) in order; nodes projected after LIMIT.
// @param $limit  rows to return
// @returns node (map), count, periods (list of {year, part, count}: the directive's CitationPeriod counts, as
//   api_citations_by_period_of reads them, so citationCounts of the most cited needs no second round trip)
MATCH (d:Directive)
WHERE d.citations > 0
WITH d
ORDER BY d.citations DESC, d.id
LIMIT $limit
WITH d, COLLECT { MATCH (p:CitationPeriod {directive: d.id}) RETURN {year: p.year, part: p.part, count: p.meetings} } AS periods
RETURN d {.*} AS node, d.citations AS count, periods
