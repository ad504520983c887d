// Number of Meeting nodes.
// @returns count
MATCH (n:Meeting)
RETURN count(n) AS count
