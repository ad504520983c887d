// After upsert_meetings, in the same transaction: keeps the MeetingSlot buckets that order the meetings within a
// day for the date-ordered lists (api_list_meetings_*: the MeetingDay buckets of keep_meeting_days say which days a
// page needs, a day's slots which of its meetings). A slot holds the meetings of one day and one id prefix (the
// first six characters of the id, "doc:3f": at most 256 slots a day, ~5 meetings each on a day of 1,400), with how
// many; slot order then id order is id order within the day. A meeting's `daySlot` is the slot it is counted in,
// changed only here: a new meeting adds one to its slot, a re-dated one moves, any other counts nothing, so a batch
// naming a meeting twice, a re-ingest or a `kg import` leave the counts exact. An emptied slot is deleted.
// Slots are merged on `meetingSlotKey` and listed by `slotDay`, property names no other label has (Grafeo 0.6
// looks a value up in one index across labels: a MERGE on `day` walked every Meeting of that day, keep_meeting_days).
// @param $ids  ids of the meetings written
// @returns count (slots emptied and deleted)
UNWIND $ids AS id
MATCH (n:Meeting {id: id})
WITH DISTINCT n
WITH n, n.daySlot AS old, coalesce(toString(n.date), '') AS day, left(n.id, 6) AS prefix
WITH n, old, day, prefix, day + '|' + prefix AS slot
WHERE old IS NULL OR old <> slot
SET n.daySlot = slot
WITH old, slot, day, prefix
UNWIND [{slot: slot, day: day, prefix: prefix, change: 1}, {slot: old, day: null, prefix: null, change: -1}] AS move
WITH move
WHERE move.slot IS NOT NULL
WITH move.slot AS slot, max(move.day) AS day, max(move.prefix) AS prefix, sum(move.change) AS change
MERGE (b:MeetingSlot {meetingSlotKey: slot})
SET b.meetings = coalesce(b.meetings, 0) + change, b.slotDay = coalesce(day, b.slotDay), b.slotPrefix = coalesce(prefix, b.slotPrefix)
WITH b
WHERE b.meetings = 0
DELETE b
RETURN count(*) AS count
