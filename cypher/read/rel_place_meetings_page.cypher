// One page of the meetings held in each place, by date (undated last) then id, for many places at once (DataLoader batch).
// Keyset on (date as ISO string, id); the count of all of them comes with the page.
// @param $pages  list of {ref (returned as key), id, afterKey (sort key of the previous page's last item, or null), afterId (its id, or null), limit}
// @returns key (the ref of the page), total (meetings held there), items (list of {node (map), key (sort key)}, at most limit, after the cursor)
UNWIND $pages AS page
MATCH (:Place {id: page.id})<-[:HELD_IN]-(other:Meeting)
WITH DISTINCT page, other
WITH page, other, coalesce(toString(other.date), '~') AS sortKey
ORDER BY sortKey, other.id
WITH page, collect({node: other {.*}, key: sortKey}) AS ranked
RETURN page.ref AS key, size(ranked) AS total,
  [x IN ranked WHERE page.afterKey IS NULL OR x.key > page.afterKey OR (x.key = page.afterKey AND x.node.id > page.afterId)][0..page.limit] AS items
