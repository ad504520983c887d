// One page of the Person nodes whose folded name contains $name, in folded-name order.
// Keyset on (folded name, id); nodes projected after LIMIT. Neo4j answers CONTAINS from its text index
// (person_folded_contains, cypher/neo4j/schema/schema.cypher); Grafeo has no substring index and filters every person.
// @param $name  folded part of the name
// @param $afterKey  folded name of the previous page's last person, or null
// @param $afterId  id of that person, or null
// @param $limit  rows to return
// @returns node (map), key (sort key: the folded name)
MATCH (n:Person)
WHERE n.folded CONTAINS $name
WITH n, n.folded AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
