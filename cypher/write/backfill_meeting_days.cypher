// Gives `day` and their MeetingDay buckets (keep_meeting_days) to the meetings of a store written before the lists
// read them (run by migrate at every start): only meetings without `day` are counted, so on a current store this
// reads the meetings and writes nothing.
// @returns count
MATCH (n:Meeting)
WHERE n.day IS NULL
SET n.day = coalesce(toString(n.date), '')
WITH n.day AS day, count(n) AS added
MERGE (b:MeetingDay {dayKey: day})
ON CREATE SET b.day = day
SET b.meetings = coalesce(b.meetings, 0) + added
RETURN count(b) AS count
