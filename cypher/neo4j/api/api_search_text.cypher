// Search candidates through Neo4j's full-text index search_folded (cypher/neo4j/schema/search_indexes.cypher):
// the best-scored nodes for the folded query words, as id and folded text only; the API ranks these few rows
// itself and reads the nodes of the page it returns through the node loaders.
// @param $query  folded words separated by spaces (Lucene: any of them matches)
// @param $labels  labels to look in
// @param $k  candidates per label
// @returns label, id, folded
// Two properties per candidate, not node {.*}: at 100k articles the whole maps of ~600 candidates were most of
// the query's 4,821 db hits, for a page of at most 100.
CALL db.index.fulltext.queryNodes('search_folded', $query, {limit: $k * 6}) YIELD node, score
WITH node, score, labels(node)[0] AS label
WHERE label IN $labels
WITH node, label, score
ORDER BY score DESC
LIMIT $k * size($labels)
RETURN label, node.id AS id, node.folded AS folded
