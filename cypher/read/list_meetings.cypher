// One page of Meeting nodes in id order (keyset pagination: after = the last id of the previous page).
// @param $after  id to start after, or null
// @param $limit  page size
// @returns node (map)
MATCH (n:Meeting)
WHERE n.id > coalesce($after, '')
RETURN n {.*} AS node
ORDER BY n.id
LIMIT $limit
