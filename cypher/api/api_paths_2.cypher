// Paths of $minHops…2 relationships between two nodes (either direction), shortest first; each node
// with its label, each relationship with its type, its ends and its properties (evidence).
// One file per upper bound: a variable-length bound must be a literal, and filtering a longer
// pattern afterwards enumerates every longer path first (around hubs, hundreds of times slower).
// @param $from  id of one end
// @param $to  id of the other end
// @param $minHops  shortest path wanted
// @param $limit  most paths to return
// @returns nodes (list of maps with label), rels (list of maps with type, from, to)
MATCH p = ({id: $from})-[*1..2]-({id: $to})
WHERE length(p) >= $minHops
RETURN [n IN nodes(p) | n {.*, label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
ORDER BY length(p)
LIMIT $limit
