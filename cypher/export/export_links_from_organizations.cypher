// Every relationship leaving one page of Organization nodes, for `kg export`: pages
// are by start node in id order (keyset: $after is the last start id of the
// previous page). A start node with no relationship still gives one row (with
// type null), so the caller always learns the last id of the page.
// @param $after  start node id to start after, or null for the first page
// @param $limit  how many start nodes per page
// @returns from, type, to, props (map of the relationship's properties)
MATCH (a:Organization)
WHERE a.id > coalesce($after, '')
WITH a
ORDER BY a.id
LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, r {.*} AS props
ORDER BY from, type, to
