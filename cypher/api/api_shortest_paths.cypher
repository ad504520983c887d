// Every shortest path between two nodes (either direction) of at most $maxHops relationships;
// each node with its label, each relationship with its type, its ends and its properties (evidence).
// Cheap where enumerating all paths is not: asked first, and api_paths only when more are wanted.
// @param $from  id of one end
// @param $to  id of the other end
// @param $maxHops  longest path wanted (1…4)
// @param $limit  most paths to return
// @returns nodes (list of maps with label), rels (list of maps with type, from, to)
MATCH p = allShortestPaths(({id: $from})-[*..4]-({id: $to}))
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.*, label: labels(n)[0]}] AS nodes,
       [r IN relationships(p) | r {.*, type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels
LIMIT $limit
