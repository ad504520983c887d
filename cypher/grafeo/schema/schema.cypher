// Indexes for the embedded engine. Grafeo's MERGE scans every node of a label
// unless the merged property has an index of its own (a uniqueness constraint
// does not make one), so each node key gets CREATE INDEX. Meeting dates and directive citation
// counts have none: at 10k articles a range filter or an ORDER BY on them measured no faster with one.
// A meeting's `day` (its date as ISO text, '' when undated) has one: the date-ordered lists look meetings up
// by equality on it, a day at a time (an indexed equality is ~1 ms where a range or a sort reads every meeting);
// MeetingDay buckets (one per day, with its meeting count) are merged on `dayKey` (the same text: see keep_meeting_days).
// @statements
// @returns nothing
CREATE INDEX document_id IF NOT EXISTS FOR (n:Document) ON (n.id);
CREATE INDEX meeting_id IF NOT EXISTS FOR (n:Meeting) ON (n.id);
CREATE INDEX directive_id IF NOT EXISTS FOR (n:Directive) ON (n.id);
CREATE INDEX directive_key IF NOT EXISTS FOR (n:Directive) ON (n.key);
CREATE INDEX organization_id IF NOT EXISTS FOR (n:Organization) ON (n.id);
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE INDEX place_id IF NOT EXISTS FOR (n:Place) ON (n.id);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE INDEX meeting_day IF NOT EXISTS FOR (n:Meeting) ON (n.day);
CREATE INDEX meeting_day_bucket IF NOT EXISTS FOR (n:MeetingDay) ON (n.day);
CREATE INDEX meeting_day_bucket_key IF NOT EXISTS FOR (n:MeetingDay) ON (n.dayKey);
