// Number of Person nodes.
// @returns count
MATCH (n:Person)
RETURN count(n) AS count
