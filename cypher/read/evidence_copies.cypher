// Relationships that still carry a copy of their evidence sentence and no bounds in the document's text
// (written before evidence was stored once, src/graph/evidence.ts), a page at a time, for `kg migrate`
// and `kg import` to move them to bounds. In a stable order: those left as they are (a sentence not in
// the text) are skipped by count.
// @param $skip  rows to pass over (those a previous page could not move)
// @param $limit  rows to return
// @returns from (start node id), to (end node id), type, props (relationship properties, map)
MATCH (a)-[r]->(b)
WHERE r.sentence IS NOT NULL AND r.sentenceStart IS NULL
RETURN a.id AS from, b.id AS to, type(r) AS type, r {.*} AS props
ORDER BY type, from, to, props.documentId, props.role, props.title
SKIP $skip
LIMIT $limit
