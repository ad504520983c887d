// One page of every meeting, oldest first (undated first), no filter, without sorting every meeting: reads the
// MeetingDay buckets (one per day, with its count of meetings, kept at write time by keep_meeting_days) from the
// cursor's day up, keeps the days the page needs (those before which fewer than $limit meetings come; the
// cursor's own day counts for none, its meetings may precede the cursor), and looks up only their meetings by
// equality on the indexed `day` (ISO date, '' when undated). Neo4j seeks the buckets in index order (no null
// guard on the bucket bound); Grafeo reads the buckets, few, then one indexed equality per day.
// Keyset pagination on (day, id); the node projected after LIMIT.
// @param $fromDay  day of the previous page's last meeting, or '' (below every day) for the first page
// @param $dayLimit  buckets to read at most: $limit + 1 (a bucket exists only while it has a meeting)
// @param $afterKey  sort key (day) of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns node (map), key (sort key)
// Grafeo: a comparison on a node's property in WHERE (`b.day >= $fromDay`, even on a property with no index)
// costs a scan of every node of the store (1.8 ms at 10k articles, ~20 ms at 100k, for 70 buckets), while the
// same comparison on the value projected first costs nothing: every compared property is projected by WITH
// before its WHERE. Neo4j keeps the shared version, whose bound on `b.day` it answers from the bucket index.
MATCH (b:MeetingDay)
WITH b, b.day AS day
WHERE day >= $fromDay
WITH b, day
ORDER BY day
LIMIT $dayLimit
WITH collect({day: day, meetings: CASE WHEN day = $afterKey THEN 0 ELSE b.meetings END}) AS days
UNWIND range(0, size(days) - 1) AS i
WITH days[i].day AS day, reduce(s = 0, d IN days[0..i] | s + d.meetings) AS before
WHERE before < $limit
MATCH (n:Meeting {day: day})
WITH n, day AS key, n.id AS id
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND id > $afterId)
WITH n, key, id
ORDER BY key, id
LIMIT $limit
RETURN n {.*} AS node, key
