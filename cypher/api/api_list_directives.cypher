// One page of directives in id order, filtered; every filter is optional (null: any). Keyset on id.
// @param $key  directive key or id, or null
// @param $kind  folded kind with a trailing space ("chi thi "), or null
// @param $kindCode  key prefix of the kind ("CT-"), or null
// @param $issuer  issuer as written, or null
// @param $issuerFolded  folded issuer name or organization id, or null
// @param $year  year of issue, or null
// @param $afterId  id of the previous page's last directive, or null
// @param $limit  rows to return
// @returns node (map), key (sort key: the id)
MATCH (n:Directive)
WHERE ($key IS NULL OR n.key = $key OR n.id = $key)
  AND ($kind IS NULL OR n.folded STARTS WITH $kind OR n.key STARTS WITH $kindCode)
  AND ($issuer IS NULL OR n.issuer = $issuer
       OR COUNT { (n)-[:ISSUED_BY]->(o:Organization) WHERE o.id = $issuerFolded OR o.folded = $issuerFolded } > 0)
  AND ($year IS NULL OR n.year = $year)
  AND n.id > coalesce($afterId, '')
RETURN n {.*} AS node, n.id AS key
ORDER BY n.id
LIMIT $limit
