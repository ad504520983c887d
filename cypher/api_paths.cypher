// Paths between two nodes, either direction, shortest first; each node with its label,
// each relationship with its type, its ends and its properties (evidence).
// @param $from  id of one end
// @param $to  id of the other end
// @param $maxHops  longest path wanted (1…4)
// @param $limit  most paths to return
// @returns nodes (list of maps with label), rels (list of maps with type, from, to)
MATCH p = ({id: $from})-[*1..4]-({id: $to})
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
ORDER BY length(p)
LIMIT $limit
