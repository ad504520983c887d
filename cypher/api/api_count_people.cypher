// Number of Person nodes whose folded name contains $name (all of them: count_people; Neo4j: from its text index person_folded_contains).
// @param $name  folded part of the name
// @returns count
MATCH (n:Person)
WHERE n.folded CONTAINS $name
RETURN count(n) AS count
