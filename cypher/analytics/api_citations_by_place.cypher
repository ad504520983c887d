// Meetings citing each directive, per place the meeting was held in (null place: not stated), for every directive.
// The given directives' counts have their own query (api_citations_by_place_of), anchored on their ids.
// @returns directiveId, placeId, count
MATCH (m:Meeting)-[:CITES]->(d:Directive)
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
WITH d, p, count(DISTINCT m) AS count
RETURN d.id AS directiveId, p.id AS placeId, count
ORDER BY directiveId, count DESC, placeId
