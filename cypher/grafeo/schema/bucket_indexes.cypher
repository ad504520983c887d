// Indexes of the buckets kept at write time on the embedded engine. Name buckets (keep_person_names,
// keep_organization_names): each is merged on its key, and the name-ordered lists look a bucket's nodes up by
// equality on `nameKey`; their trigram index (keep_person_grams, keep_organization_grams) is merged on each gram and
// read by `IN` the query's grams, a property name of each label's own (Grafeo keeps one index per property name).
// Citation buckets (keep_citation_buckets): merged on their count under a property name of their own (`citationBucketKey`: on `citations` the MERGE walked every directive of that count), and "most cited" looks the directives of a bucket up by equality on `citations` (an indexed equality instead of a sort of every directive).
// Citation counts per period (keep_citation_periods): merged on their key, read by directive id.
// Directive slots (keep_directive_slots) and meeting slots (keep_meeting_slots): merged on their key, the id-ordered
// directive lists and a day's meetings look a slot's nodes up by equality on `kindSlot` / `daySlot`, and a day's
// slots are read by equality on `slotDay`.
// @statements
// @returns nothing
CREATE INDEX person_name_bucket IF NOT EXISTS FOR (n:PersonName) ON (n.key);
CREATE INDEX organization_name_bucket IF NOT EXISTS FOR (n:OrganizationName) ON (n.key);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE INDEX person_name_gram IF NOT EXISTS FOR (n:PersonGram) ON (n.personGram);
CREATE INDEX organization_name_gram IF NOT EXISTS FOR (n:OrganizationGram) ON (n.organizationGram);
CREATE INDEX citation_bucket IF NOT EXISTS FOR (n:CitationBucket) ON (n.citations);
CREATE INDEX citation_bucket_key IF NOT EXISTS FOR (n:CitationBucket) ON (n.citationBucketKey);
CREATE INDEX directive_citations IF NOT EXISTS FOR (n:Directive) ON (n.citations);
CREATE INDEX citation_period IF NOT EXISTS FOR (n:CitationPeriod) ON (n.key);
CREATE INDEX citation_period_directive IF NOT EXISTS FOR (n:CitationPeriod) ON (n.directive);
CREATE INDEX directive_slot IF NOT EXISTS FOR (n:DirectiveSlot) ON (n.directiveSlotKey);
CREATE INDEX directive_kind_slot IF NOT EXISTS FOR (n:Directive) ON (n.kindSlot);
CREATE INDEX meeting_slot IF NOT EXISTS FOR (n:MeetingSlot) ON (n.meetingSlotKey);
CREATE INDEX meeting_slot_day IF NOT EXISTS FOR (n:MeetingSlot) ON (n.slotDay);
CREATE INDEX meeting_day_slot IF NOT EXISTS FOR (n:Meeting) ON (n.daySlot)
