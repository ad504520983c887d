// Gives MeetingDay buckets of an older store their `dayKey` (the same text as `day`), on which keep_meeting_days and
// backfill_meeting_days merge them (a MERGE on `day` is slow on Grafeo, keep_meeting_days says why); run by migrate
// before the backfill; none on a current store.
// @returns count
MATCH (b:MeetingDay)
WHERE b.dayKey IS NULL
SET b.dayKey = b.day
RETURN count(b) AS count
