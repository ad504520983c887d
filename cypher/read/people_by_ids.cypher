// Person nodes by id, for DataLoader (ids with no node give no row).
// @param $ids  list of ids
// @returns id, node (map of properties)
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id, n {.*} AS node
