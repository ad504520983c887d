// Number of Organization nodes.
// @returns count
MATCH (n:Organization)
RETURN count(n) AS count
