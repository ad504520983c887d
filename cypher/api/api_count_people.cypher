// Number of Person nodes whose folded name contains $name (all when null).
// @param $name  folded part of the name, or null
// @returns count
MATCH (n:Person)
WHERE $name IS NULL OR n.folded CONTAINS $name
RETURN count(n) AS count
