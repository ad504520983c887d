// One page of meetings, oldest first (undated last when newest first), with several filters at once; each is optional (null: any). The
// common cases have guard-free files of their own (api_list_meetings_<desc|asc>, api_list_meetings_place_<desc|asc>):
// a guarded COUNT {} runs for every meeting even when its parameter is null.
// Keyset pagination on (date as ISO string, id): after = the sort key and id of the previous page's last meeting.
// @param $from  earliest meeting date (ISO string) or null
// @param $to  latest meeting date (ISO string) or null
// @param $year  year of the meeting or null
// @param $part  period part (Q1…Q4, H1, H2, M9, Y) or null
// @param $place  place id or folded place name, or null
// @param $organizer  organization id or part of its folded name, or null
// @param $directive  id or key of a directive the meeting cites, or null
// @param $afterKey  sort key (ISO date, or '' when undated) of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns node (map), key (sort key)
MATCH (n:Meeting)
WHERE ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($year IS NULL OR coalesce(n.year, n.date.year) = $year)
  AND ($part IS NULL OR n.part = $part)
  AND ($place IS NULL OR COUNT { (n)-[:HELD_IN]->(p:Place) WHERE p.id = $place OR p.folded = $place } > 0)
  AND ($organizer IS NULL OR COUNT { (n)<-[:ORGANIZED]-(o:Organization) WHERE o.id = $organizer OR o.folded CONTAINS $organizer } > 0)
  AND ($directive IS NULL OR COUNT { (n)-[:CITES]->(d:Directive) WHERE d.id = $directive OR d.key = $directive } > 0)
WITH n, coalesce(toString(n.date), '') AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
