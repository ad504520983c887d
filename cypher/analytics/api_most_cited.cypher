// Directives by the number of meetings citing them, most first, optionally within a date range.
// @param $from  earliest meeting date (ISO string) or null
// @param $to  latest meeting date (ISO string) or null
// @param $limit  rows to return
// @returns node (map), count
MATCH (m:Meeting)-[:CITES]->(d:Directive)
WHERE ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
WITH d, count(DISTINCT m) AS count
RETURN d {.*} AS node, count
ORDER BY count DESC, d.id
LIMIT $limit
