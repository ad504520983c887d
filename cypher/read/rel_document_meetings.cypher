// The meetings each document reports (REPORTS), for many documents at once (DataLoader batch).
// @param $ids  list of document ids
// @returns key (the document id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Document {id: key})-[r:REPORTS]->(other:Meeting)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
