// One page of the meetings held in one place (by id or folded name), oldest first, no other filter:
// anchored on the place (few nodes), then its HELD_IN meetings; the node projected after LIMIT.
// @param $place  place id or folded place name
// @param $afterKey  sort key (ISO date, or '' when undated) of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns node (map), key (sort key)
MATCH (p:Place)
WHERE p.id = $place OR p.folded = $place
MATCH (p)<-[:HELD_IN]-(n:Meeting)
WITH DISTINCT n
WITH n, coalesce(toString(n.date), '') AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
