// Meetings citing each of the given directives, per year and period part (the API adds parts up into years).
// Reads the CitationPeriod counts kept at write time (keep_citation_periods: one per directive and period of its
// citing meetings) by the indexed directive id, instead of walking each directive's CITES (a national directive
// has tens of thousands: 100-300 ms for five at 100k articles on Grafeo).
// @param $ids  directive ids to count
// @returns directiveId, year, part, count
UNWIND $ids AS id
MATCH (p:CitationPeriod {directive: id})
RETURN p.directive AS directiveId, p.year AS year, p.part AS part, p.meetings AS count
ORDER BY directiveId, year, part
