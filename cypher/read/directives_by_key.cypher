// Directives by citation key (`CT-5-TW`): one key can name several directives of different years or terms.
// @param $keys  list of keys
// @returns key, node (map)
UNWIND $keys AS key
MATCH (n:Directive {key: key})
RETURN key, n {.*} AS node
ORDER BY key, n.id
