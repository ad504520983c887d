// The places each meeting was held in (HELD_IN), for many meetings at once (DataLoader batch).
// @param $ids  list of meeting ids
// @returns key (the meeting id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[r:HELD_IN]->(other:Place)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
