// How many meetings there are, for the unfiltered list's totalCount. Neo4j answers a label's count from its
// count store, without reading a node.
// @returns count
// Grafeo counts a label by reading its nodes (4 ms at 100k articles): the sum of the MeetingDay buckets' counts
// (keep_meeting_days, one bucket per day) is the same number from ~70 nodes.
MATCH (b:MeetingDay)
RETURN coalesce(sum(b.meetings), 0) AS count
