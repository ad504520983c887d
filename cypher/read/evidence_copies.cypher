// Relationships that still carry a copy of their evidence sentence and no bounds in the document's text
// (written before evidence was stored once, src/graph/evidence.ts), a page at a time, for `kg migrate`
// and `kg import` to move them to bounds. No ORDER BY: a sort would read every candidate of a large old
// store before the first page (over Grafeo's 30 s limit at 100k articles), where an unsorted scan stops at
// the page. Scan order follows storage, which moving a copy (a property change) does not alter: the
// copies a page left as they are (a sentence not in the text) stay first, and are skipped by count.
// @param $skip  rows to pass over (those a previous page could not move)
// @param $limit  rows to return
// @returns from (start node id), to (end node id), type, props (relationship properties, map)
MATCH (a)-[r]->(b)
WHERE r.sentence IS NOT NULL AND r.sentenceStart IS NULL
RETURN a.id AS from, b.id AS to, type(r) AS type, r {.*} AS props
SKIP $skip
LIMIT $limit
