// Every shortest path between two nodes (either direction) of at most $maxHops relationships;
// each node with its label, each relationship with its type, its ends and its properties (evidence).
// Cheap where enumerating all paths is not: asked first, and api_paths only when more are wanted.
// @param $from  id of one end
// @param $to  id of the other end
// @param $maxHops  longest path wanted (1…4)
// @param $limit  most paths to return
// @returns nodes (list of maps with label), rels (list of maps with type, from, to)
// Neo4j: each end found through its label's unique index (a label-less {id: …} scans every
// node); the ids are unique across labels, so one branch of each UNION answers.
CALL () {
  MATCH (a:Document {id: $from}) RETURN a
  UNION
  MATCH (a:Meeting {id: $from}) RETURN a
  UNION
  MATCH (a:Directive {id: $from}) RETURN a
  UNION
  MATCH (a:Organization {id: $from}) RETURN a
  UNION
  MATCH (a:Person {id: $from}) RETURN a
  UNION
  MATCH (a:Place {id: $from}) RETURN a
}
CALL () {
  MATCH (b:Document {id: $to}) RETURN b
  UNION
  MATCH (b:Meeting {id: $to}) RETURN b
  UNION
  MATCH (b:Directive {id: $to}) RETURN b
  UNION
  MATCH (b:Organization {id: $to}) RETURN b
  UNION
  MATCH (b:Person {id: $to}) RETURN b
  UNION
  MATCH (b:Place {id: $to}) RETURN b
}
MATCH p = allShortestPaths((a)-[*..4]-(b))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
LIMIT $limit
