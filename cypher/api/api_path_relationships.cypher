// The relationships of the paths the connections search kept (src/store/connections.ts), with their type,
// direction and properties (evidence): each step named by its two ends and read from `anchor` through at most
// $cap of its relationships (an end the search followed these from, or one with fewer), so a hub costs $cap rows;
// when several articles state the same relationship, the one of the first document by id.
// @param $steps  list of {key, anchor, other}
// @param $cap  relationships of the anchor read at most
// @returns key, type, out (true when the relationship starts at the anchor), rel (relationship properties, map)
UNWIND $steps AS s
MATCH (a {id: s.anchor})
CALL (a, s) {
  MATCH (a)-[r]-(b)
  WITH r, b
  LIMIT $cap
  WITH r, b.id AS other
  WHERE other = s.other
  WITH r, r.documentId AS documentId
  ORDER BY documentId
  LIMIT 1
  RETURN r
}
RETURN s.key AS key, type(r) AS type, startNode(r) = a AS out, r {.*} AS rel
