// Search candidates through Neo4j's full-text index search_folded (cypher/neo4j/schema/search_indexes.cypher):
// the best-scored nodes for the folded query words; the API ranks these few rows itself.
// @param $query  folded words separated by spaces (Lucene: any of them matches)
// @param $labels  labels to look in
// @param $k  candidates per label
// @returns label, node (map)
CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: $k * 6}) YIELD node, score
WITH node, score, labels(node)[0] AS label
WHERE label IN $labels
WITH node, label, score
ORDER BY score DESC
LIMIT $k * size($labels)
RETURN label, node {.*} AS node
