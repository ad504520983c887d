// One page of meetings with several filters at once, each optional (null: any), and how many
// meetings pass them: the filter is written once, for the page and for totalCount alike. The
// common cases have guard-free files of their own (api_list_meetings_<desc|asc>,
// api_list_meetings_place_<desc|asc>): a guarded COUNT {} runs for every meeting even when its
// parameter is null. Every matching meeting is sorted anyway (no index orders a filtered set),
// so the direction is a parameter. Newest first puts undated meetings last, oldest first first.
// Keyset pagination on (date as ISO string, id): after = the sort key and id of the previous
// page's last meeting. $limit 0 answers the count alone. An empty page is one row with a null node.
// @param $from  earliest meeting date (ISO string) or null
// @param $to  latest meeting date (ISO string) or null
// @param $year  year of the meeting or null
// @param $part  period part (Q1…Q4, H1, H2, M9, Y) or null
// @param $place  place id or folded place name, or null
// @param $organizer  organization id or part of its folded name, or null
// @param $directive  id or key of a directive the meeting cites, or null
// @param $descending  true: newest first; false: oldest first
// @param $afterKey  sort key (ISO date, or '' when undated) of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns total (meetings passing the filters), node (map, or null on an empty page), key (sort key)
MATCH (n:Meeting)
WHERE ($from IS NULL OR n.date >= date($from))
  AND ($to IS NULL OR n.date <= date($to))
  AND ($year IS NULL OR coalesce(n.year, n.date.year) = $year)
  AND ($part IS NULL OR n.part = $part)
  AND ($place IS NULL OR COUNT { (n)-[:HELD_IN]->(p:Place) WHERE p.id = $place OR p.folded = $place } > 0)
  AND ($organizer IS NULL OR COUNT { (n)<-[:ORGANIZED]-(o:Organization) WHERE o.id = $organizer OR o.folded CONTAINS $organizer } > 0)
  AND ($directive IS NULL OR COUNT { (n)-[:CITES]->(d:Directive) WHERE d.id = $directive OR d.key = $directive } > 0)
WITH n, coalesce(toString(n.date), '') AS key
ORDER BY CASE WHEN $descending THEN key END DESC, CASE WHEN $descending THEN n.id END DESC, key, n.id
WITH collect({n: n, key: key}) AS matched
WITH size(matched) AS total,
     [m IN matched WHERE $afterKey IS NULL
        OR ($descending AND (m.key < $afterKey OR (m.key = $afterKey AND m.n.id < $afterId)))
        OR (NOT $descending AND (m.key > $afterKey OR (m.key = $afterKey AND m.n.id > $afterId)))][0..$limit] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS m
WITH total, m.n AS n, m.key AS key
RETURN total, CASE WHEN n IS NULL THEN null ELSE n {.*} END AS node, key
