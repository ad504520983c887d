// Number of Directive nodes.
// @returns count
MATCH (n:Directive)
RETURN count(n) AS count
