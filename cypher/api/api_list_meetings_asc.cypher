// One page of every meeting, oldest first (undated first), no filter: the meetings of the given days only (the
// second of the page's two queries; api_meeting_days_asc chose the days, enough for the page), each day looked
// up by equality on the meeting's indexed `day` (ISO date, '' when undated), instead of sorting every meeting.
// Keyset pagination on (day, id); the node projected after LIMIT.
// @param $days  the days to read, from api_meeting_days_asc
// @param $afterKey  sort key (day) of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns node (map), key (sort key)
UNWIND $days AS day
MATCH (n:Meeting {day: day})
WITH n, n.day AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
