// Benchmark only: deletes up to $limit nodes with their relationships; called until it returns 0
// (one bounded transaction each, so a large graph is emptied without one huge transaction).
// @param $limit  nodes to delete in this call
// @returns count
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS count
