// One page of Organization nodes in folded-name order, optionally those whose folded name contains $name.
// Keyset on (folded name, id).
// @param $name  folded part of the name, or null
// @param $afterKey  folded name of the previous page's last organization, or null
// @param $afterId  id of that organization, or null
// @param $limit  rows to return
// @returns node (map), key (sort key: the folded name)
MATCH (n:Organization)
WHERE $name IS NULL OR n.folded CONTAINS $name
WITH n, coalesce(n.folded, '') AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
RETURN n {.*} AS node, key
ORDER BY key, n.id
LIMIT $limit
