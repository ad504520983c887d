// The meetings each organization organized, in date order, for many organizations at once (DataLoader batch).
// @param $ids  organization ids
// @returns key (the organization id), node (the meeting, map)
UNWIND $ids AS key
MATCH (:Organization {id: key})-[:ORGANIZED]->(m:Meeting)
RETURN key, m {.*} AS node
ORDER BY key, m.date, m.id
