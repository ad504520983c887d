// Meetings citing each directive, per place the meeting was held in (null place: not stated).
// @param $ids  directive ids to count, or null for every directive
// @returns directiveId, placeId, count
MATCH (m:Meeting)-[:CITES]->(d:Directive)
WHERE $ids IS NULL OR d.id IN $ids
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
WITH d, p, count(DISTINCT m) AS count
RETURN d.id AS directiveId, p.id AS placeId, count
ORDER BY directiveId, count DESC, placeId
