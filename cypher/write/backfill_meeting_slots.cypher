// Gives `daySlot` and their MeetingSlot buckets (keep_meeting_slots) to the meetings of a store written before the
// date-ordered lists read them (run once per store by migrate): only meetings without `daySlot` are counted, so on
// a current store this reads the meetings and writes nothing.
// @returns count
MATCH (n:Meeting)
WHERE n.daySlot IS NULL
WITH n, coalesce(toString(n.date), '') AS day, left(n.id, 6) AS prefix
SET n.daySlot = day + '|' + prefix
WITH n.daySlot AS slot, day, prefix, count(n) AS added
MERGE (b:MeetingSlot {meetingSlotKey: slot})
SET b.meetings = coalesce(b.meetings, 0) + added, b.slotDay = day, b.slotPrefix = prefix
RETURN count(b) AS count
