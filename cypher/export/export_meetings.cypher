// One page of Meeting nodes for `kg export`, in id order (keyset: $after is the
// last id of the previous page), so a dump never holds more than a page.
// @param $after  id to start after, or null for the first page
// @param $limit  page size
// @returns id, props (map of every property)
MATCH (n:Meeting)
WHERE n.id > coalesce($after, '')
RETURN n.id AS id, n {.*} AS props
ORDER BY n.id
LIMIT $limit
