// One page of Organization nodes in folded-name order (by part of the name: api_list_organizations_named).
// Keyset on (folded name, id); nodes projected after LIMIT (Grafeo projects every row otherwise).
// @param $afterKey  folded name of the previous page's last organization, or null
// @param $afterId  id of that organization, or null
// @param $limit  rows to return
// @returns node (map), key (sort key: the folded name)
MATCH (n:Organization)
WITH n, coalesce(n.folded, '') AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
