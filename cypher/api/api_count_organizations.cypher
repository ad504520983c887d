// Number of Organization nodes whose folded name contains $name (all of them: count_organizations; Neo4j: from its text index organization_folded_contains).
// @param $name  folded part of the name
// @returns count
MATCH (n:Organization)
WHERE n.folded CONTAINS $name
RETURN count(n) AS count
