// Directives cited by the same meetings as the given ones, most shared meetings first.
// @param $ids  ids of the given directive (all eras of a key)
// @param $limit  rows to return
// @returns node (map), count (shared meetings), meetingIds
UNWIND $ids AS id
MATCH (d:Directive {id: id})<-[:CITES]-(m:Meeting)-[:CITES]->(o:Directive)
WHERE NOT o.id IN $ids
WITH o, count(DISTINCT m) AS count, collect(DISTINCT m.id) AS meetingIds
RETURN o {.*} AS node, count, meetingIds
ORDER BY count DESC, o.id
LIMIT $limit
