// After upsert_meetings, in the same transaction: keeps the MeetingDay buckets (one per `day`: a meeting's date as
// ISO text, '' when undated, with how many meetings it has) that the date-ordered lists read in order before
// looking up only the meetings of the days they need (api_meeting_days_*, api_list_meetings_*). A meeting's `day`
// is the bucket it is counted in, changed only here: a new meeting (no `day` yet) adds one to its day's bucket, a
// re-dated one moves from its old bucket to the new one, any other counts nothing; so a batch naming a meeting
// twice, a re-ingest or a `kg import` leave the counts exact. Changes are summed per bucket before one SET each;
// a bucket left with no meeting is deleted, so a store and its re-import hold the same buckets.
// Buckets are merged on `dayKey` (the same text as `day`), not `day`: Grafeo 0.6 looks a property value up in one
// index across labels, so a MERGE on MeetingDay.day walked every Meeting of that day too, a cost growing with the
// meetings per day (70 bucket MERGEs: 2.4 ms at 3 meetings a day, 42 ms at 571; on `dayKey` 1–3 ms throughout).
// @param $ids  ids of the meetings written
// @returns count (buckets emptied and deleted)
UNWIND $ids AS id
MATCH (n:Meeting {id: id})
WITH DISTINCT n
WITH n, n.day AS old, coalesce(toString(n.date), '') AS day
WHERE old IS NULL OR old <> day
SET n.day = day
WITH old, day
UNWIND [{day: day, change: 1}, {day: old, change: -1}] AS move
WITH move
WHERE move.day IS NOT NULL
WITH move.day AS day, sum(move.change) AS change
MERGE (b:MeetingDay {dayKey: day})
ON CREATE SET b.day = day
SET b.meetings = coalesce(b.meetings, 0) + change
WITH b
WHERE b.meetings = 0
DELETE b
RETURN count(*) AS count
