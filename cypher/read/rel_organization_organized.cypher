// The meetings each organization organized (ORGANIZED), for many organizations at once (DataLoader batch).
// @param $ids  list of organization ids
// @returns key (the organization id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Organization {id: key})-[r:ORGANIZED]->(other:Meeting)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
