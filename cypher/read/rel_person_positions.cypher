// The offices each person holds (HOLDS), one row per organization and title, for many persons at once (DataLoader batch).
// @param $ids  list of person ids
// @returns key (the person id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Person {id: key})-[r:HOLDS]->(other:Organization)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
