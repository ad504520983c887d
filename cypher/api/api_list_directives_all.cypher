// One page of every directive, in id order (no filter; filtered: api_list_directives_kind, api_list_directives).
// No null guards (Grafeo evaluates each one's subquery for every directive); on Neo4j a range seek of the id
// constraint's index; the node projected after LIMIT. Keyset on id.
// @param $afterId  id of the previous page's last directive, or null
// @param $limit  rows to return
// @param $slotLimit  slots to read at most on Grafeo: $limit + 1 (a slot exists only while it has a directive)
// @returns node (map), key (sort key: the id)
MATCH (n:Directive)
WHERE n.id > coalesce($afterId, '')
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n {.*} AS node, n.id AS key
