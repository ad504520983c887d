// Meetings citing each directive, per year and period part (the API adds parts up into years).
// @param $ids  directive ids to count, or null for every directive
// @returns directiveId, year, part, count
MATCH (m:Meeting)-[:CITES]->(d:Directive)
WHERE $ids IS NULL OR d.id IN $ids
WITH d, coalesce(m.year, m.date.year) AS year, m.part AS part, count(DISTINCT m) AS count
RETURN d.id AS directiveId, year, part, count
ORDER BY directiveId, year, part
