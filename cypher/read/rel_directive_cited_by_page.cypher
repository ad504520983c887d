// One page of the meetings citing each directive (keyset on meeting id), for many directives at once.
// @param $pages  list of {id (directive id), after (meeting id or null), limit}
// @returns key, items (list of {node, rel}, at most limit)
UNWIND $pages AS page
MATCH (:Directive {id: page.id})<-[r:CITES]-(other:Meeting)
WHERE page.after IS NULL OR other.id > page.after
WITH page, other, r
ORDER BY other.id
WITH page, collect({node: other {.*}, rel: r {.*}}) AS all
RETURN page.id AS key, all[0..page.limit] AS items
