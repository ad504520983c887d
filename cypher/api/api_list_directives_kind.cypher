// One page of the directives of one kind, in id order (the kind is the only filter; with others: api_list_directives).
// No null guards: Grafeo evaluates `$x IS NULL OR COUNT { … }` for every directive, expanding each one's ISSUED_BY
// (one per article naming it: ~120k at 100k articles); the node is projected after LIMIT. Keyset on id.
// @param $kind  folded kind with a trailing space ("chi thi ")
// @param $kindCode  key prefix of the kind ("CT-")
// @param $afterId  id of the previous page's last directive, or null
// @param $limit  rows to return
// @returns node (map), key (sort key: the id)
MATCH (n:Directive)
WHERE n.folded STARTS WITH $kind OR n.key STARTS WITH $kindCode
WITH n
WHERE n.id > coalesce($afterId, '')
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n {.*} AS node, n.id AS key
