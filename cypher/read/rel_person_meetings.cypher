// The meetings each person took part in (PARTICIPATED), one row per role, for many persons at once (DataLoader batch).
// @param $ids  list of person ids
// @returns key (the person id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Person {id: key})-[r:PARTICIPATED]->(other:Meeting)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
