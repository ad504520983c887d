// The days that have meetings, oldest first (undated, day '', first), from the day of the page's cursor on:
// the first of a date-ordered page's two queries, which reads the MeetingDay buckets kept at write time
// (keep_meeting_days), a few nodes per calendar day, instead of sorting every meeting. No null guard: the
// first page passes '', below every day, so Neo4j seeks its index on the bucket's day in index order.
// @param $fromDay  day of the previous page's last meeting, or '' (below every day) for the first page
// @param $limit  days to return at most (each has a meeting, so a page of n meetings needs at most n days)
// @returns day, meetings (how many meetings that day has)
MATCH (b:MeetingDay)
WHERE b.day >= $fromDay AND b.meetings > 0
RETURN b.day AS day, b.meetings AS meetings
ORDER BY day
LIMIT $limit
