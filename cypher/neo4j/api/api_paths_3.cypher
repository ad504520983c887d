// Paths of $minHops…3 relationships between two nodes (either direction), shortest first; each node
// with its label, each relationship with its type, its ends and its properties (evidence).
// One file per upper bound: a variable-length bound must be a literal, and filtering a longer
// pattern afterwards enumerates every longer path first (around hubs, hundreds of times slower).
// @param $from  id of one end
// @param $to  id of the other end
// @param $minHops  shortest path wanted
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
MATCH p = (a)-[*1..3]-(b)
WHERE length(p) >= $minHops
RETURN [n IN nodes(p) | n {.*, label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
ORDER BY length(p)
LIMIT $limit
