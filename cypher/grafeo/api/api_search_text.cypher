// Search candidates through Grafeo's BM25 text indexes (cypher/grafeo/schema/search_indexes.cypher): the
// best-scored nodes of each label for the folded query words, as id and folded text only; the API ranks these few rows
// itself and reads the nodes of the page it returns through the node loaders.
// A procedure's label must be a constant, hence one CALL per label. The procedure yields Grafeo's internal node
// id, matched with id(n), which Neo4j's lint reports as deprecated: elementId(n) = 'n:' + toString(node_id) is
// not a lookup in Grafeo 0.6 but a scan of every node per candidate (over 30 s at 100k articles).
// @param $query  folded words separated by spaces (any of them matches)
// @param $labels  labels to look in
// @param $k  candidates per label
// @returns label, id, folded
CALL () {
  CALL grafeo.search.text('Meeting', 'folded', $query, $k) YIELD node_id, score RETURN node_id, score, 'Meeting' AS label
  UNION ALL
  CALL grafeo.search.text('Directive', 'folded', $query, $k) YIELD node_id, score RETURN node_id, score, 'Directive' AS label
  UNION ALL
  CALL grafeo.search.text('Person', 'folded', $query, $k) YIELD node_id, score RETURN node_id, score, 'Person' AS label
  UNION ALL
  CALL grafeo.search.text('Organization', 'folded', $query, $k) YIELD node_id, score RETURN node_id, score, 'Organization' AS label
  UNION ALL
  CALL grafeo.search.text('Document', 'folded', $query, $k) YIELD node_id, score RETURN node_id, score, 'Document' AS label
  UNION ALL
  CALL grafeo.search.text('Place', 'folded', $query, $k) YIELD node_id, score RETURN node_id, score, 'Place' AS label
}
WITH node_id, score, label
WHERE label IN $labels
MATCH (n)
WHERE id(n) = node_id
RETURN label, n.id AS id, n.folded AS folded
