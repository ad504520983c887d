// Meetings citing each of the given directives, per year and period part (the API adds parts up into years).
// Starts from the directives (id index) and walks their CITES, instead of every meeting filtered by directive.
// @param $ids  directive ids to count
// @returns directiveId, year, part, count
UNWIND $ids AS id
MATCH (d:Directive {id: id})<-[:CITES]-(m:Meeting)
WITH d, coalesce(m.year, m.date.year) AS year, m.part AS part, count(DISTINCT m) AS count
RETURN d.id AS directiveId, year, part, count
ORDER BY directiveId, year, part
