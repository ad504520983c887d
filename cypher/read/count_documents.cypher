// Number of Document nodes.
// @returns count
MATCH (n:Document)
RETURN count(n) AS count
