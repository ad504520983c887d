// Meetings citing each directive, per year and period part (the API adds parts up into years), for every directive.
// The given directives' counts have their own query (api_citations_by_period_of), anchored on their ids.
// @returns directiveId, year, part, count
MATCH (m:Meeting)-[:CITES]->(d:Directive)
WITH d, coalesce(m.year, m.date.year) AS year, m.part AS part, count(DISTINCT m) AS count
RETURN d.id AS directiveId, year, part, count
ORDER BY directiveId, year, part
