// One page of the directives each organization issued (each once), in id order, for many organizations at once (DataLoader batch).
// Keyset on the directive id; the count of all of them comes with the page.
// @param $pages  list of {ref (returned as key), id, afterKey (sort key of the previous page's last item, or null), afterId (its id, or null), limit}
// @returns key (the ref of the page), total (directives it issued), items (list of {node (map), key (sort key: the id)}, at most limit, after the cursor)
UNWIND $pages AS page
MATCH (:Organization {id: page.id})<-[:ISSUED_BY]-(other:Directive)
WITH DISTINCT page, other
ORDER BY other.id
WITH page, collect({node: other {.*}, key: other.id}) AS ranked
RETURN page.ref AS key, size(ranked) AS total,
  [x IN ranked WHERE page.afterId IS NULL OR x.key > page.afterId][0..page.limit] AS items
