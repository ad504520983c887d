// One page of Meeting nodes for `kg export`, in id order (keyset: $after is the
// last id of the previous page), so a dump never holds more than a page. Properties are
// projected after LIMIT: before it, every page paid for every node of the label.
// @param $after  id to start after, or null for the first page
// @param $limit  page size
// @returns id, props (map of every property)
MATCH (n:Meeting)
WHERE n.id > coalesce($after, '')
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS id, n {.*} AS props
ORDER BY id
