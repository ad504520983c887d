// Directives by the number of meetings citing them within a date range, most first.
// Starts from the meetings of the range (Neo4j: its meeting_date range index), never from every meeting; an open end
// of the range is passed as the earliest or latest day there is.
// @param $from  earliest meeting date (ISO string)
// @param $to  latest meeting date (ISO string)
// @param $limit  rows to return
// @returns node (map), count
MATCH (m:Meeting)
WHERE m.date >= date($from) AND m.date <= date($to)
MATCH (m)-[:CITES]->(d:Directive)
WITH d, count(DISTINCT m) AS count
ORDER BY count DESC, d.id
LIMIT $limit
RETURN d {.*} AS node, count
