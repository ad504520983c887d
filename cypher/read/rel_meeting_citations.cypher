// The directives each meeting cites (CITES), with the evidence of each citation, for many meetings at once (DataLoader batch).
// @param $ids  list of meeting ids
// @returns key (the meeting id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Meeting {id: key})-[r:CITES]->(other:Directive)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
