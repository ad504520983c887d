// One page of every meeting, newest first (undated last), no filter, without sorting every meeting nor a whole day: reads the
// MeetingDay buckets (one per day, with its count of meetings, kept at write time by keep_meeting_days) from the
// cursor's day down, keeps the days the page needs (those before which fewer than $limit meetings come; the
// cursor's own day counts for none, its meetings may precede the cursor), then those days' MeetingSlot buckets (one
// per day and id prefix, keep_meeting_slots) from the cursor's slot on, keeps the slots the page needs the same way,
// and looks up only their meetings by equality on the indexed `daySlot`. A page reads at most $dayLimit days and
// $dayLimit slots, and the meetings of those slots (~5 each on a day of 1,400), whatever the size of a day.
// Keyset pagination on (day, id); the node projected after LIMIT.
// @param $fromDay  day of the previous page's last meeting, or a bound above every day ('~') for the first page
// @param $dayLimit  buckets (days, then slots) to read at most: $limit + 1 (a bucket exists only while it has a meeting)
// @param $afterKey  sort key (day) of the previous page's last meeting, or null
// @param $afterId  id of that meeting, or null
// @param $limit  rows to return
// @returns node (map), key (sort key)
MATCH (b:MeetingDay)
WHERE b.day <= $fromDay
WITH b
ORDER BY b.day DESC
LIMIT $dayLimit
WITH collect({day: b.day, meetings: CASE WHEN b.day = $afterKey THEN 0 ELSE b.meetings END}) AS days
UNWIND range(0, size(days) - 1) AS i
WITH days[i].day AS day, reduce(s = 0, d IN days[0..i] | s + d.meetings) AS before
WHERE before < $limit
MATCH (s:MeetingSlot {slotDay: day})
WHERE $afterKey IS NULL OR day <> $afterKey OR s.slotPrefix <= left($afterId, 6)
WITH s, day
ORDER BY day DESC, s.slotPrefix DESC
LIMIT $dayLimit
WITH collect({slot: s.meetingSlotKey, meetings: CASE WHEN day = $afterKey AND s.slotPrefix = left($afterId, 6) THEN 0 ELSE s.meetings END}) AS slots
UNWIND range(0, size(slots) - 1) AS j
WITH slots[j].slot AS slot, reduce(c = 0, x IN slots[0..j] | c + x.meetings) AS before
WHERE before < $limit
MATCH (n:Meeting {daySlot: slot})
WITH n, n.day AS key
WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND n.id < $afterId)
WITH n, key
ORDER BY key DESC, n.id DESC
LIMIT $limit
RETURN n {.*} AS node, key
