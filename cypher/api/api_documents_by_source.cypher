// Documents by source (file name), for the ingest mutation's answer.
// @param $sources  list of source names
// @returns key (the source), node (map)
UNWIND $sources AS key
MATCH (n:Document {source: key})
RETURN key, n {.*} AS node
ORDER BY key, n.id
