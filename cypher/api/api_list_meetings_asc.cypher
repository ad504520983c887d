// One page of every meeting, oldest first (undated first), no filter: no guard, and the node
// projected after LIMIT. Keyset pagination on (ISO date, or '' when undated; id).
// @param $afterKey  sort key of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns node (map), key (sort key)
MATCH (n:Meeting)
WITH n, coalesce(toString(n.date), '') AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
