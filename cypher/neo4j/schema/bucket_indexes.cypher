// Indexes of the buckets kept at write time on Neo4j. Name buckets (keep_person_names, keep_organization_names): a
// uniqueness constraint on each bucket's key (the index its MERGE seeks), a range index on each node's `nameKey`
// (the name-ordered lists look a bucket's nodes up by equality), and text indexes on the buckets' folded names,
// which answer the lists' `name CONTAINS $name` from the index instead of a scan of every bucket. Citation buckets
// (keep_citation_buckets): uniqueness constraints on their count and on `citationBucketKey`, the same number their MERGE seeks (Neo4j's "most cited" walks its range index on
// the directives' `citations`, schema.cypher, and reads no bucket). Citation counts per period
// (keep_citation_periods): a uniqueness constraint on their key, a range index on their directive id. And a range
// index on directives' folded text, which answers directives(filter: {kind}) (`folded STARTS WITH`) by a seek.
// Directive slots (keep_directive_slots) and meeting slots (keep_meeting_slots): a uniqueness constraint on each
// slot's key (its MERGE's seek, and the unfiltered directive list's walk in key order), range indexes on a slot's
// kind and code (directives(filter: {kind}) seeks its slots by `STARTS WITH`) and day, and on each node's slot.
// @statements
// @returns nothing
CREATE CONSTRAINT person_name_bucket IF NOT EXISTS FOR (n:PersonName) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_name_bucket IF NOT EXISTS FOR (n:OrganizationName) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE RANGE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE TEXT INDEX person_name_contains IF NOT EXISTS FOR (n:PersonName) ON (n.name);
CREATE TEXT INDEX organization_name_contains IF NOT EXISTS FOR (n:OrganizationName) ON (n.name);
CREATE CONSTRAINT citation_bucket IF NOT EXISTS FOR (n:CitationBucket) REQUIRE n.citations IS UNIQUE;
CREATE CONSTRAINT citation_bucket_key IF NOT EXISTS FOR (n:CitationBucket) REQUIRE n.citationBucketKey IS UNIQUE;
CREATE CONSTRAINT citation_period IF NOT EXISTS FOR (n:CitationPeriod) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX citation_period_directive IF NOT EXISTS FOR (n:CitationPeriod) ON (n.directive);
CREATE RANGE INDEX directive_folded IF NOT EXISTS FOR (n:Directive) ON (n.folded);
CREATE CONSTRAINT directive_slot IF NOT EXISTS FOR (n:DirectiveSlot) REQUIRE n.directiveSlotKey IS UNIQUE;
CREATE RANGE INDEX directive_kind_slot IF NOT EXISTS FOR (n:Directive) ON (n.kindSlot);
CREATE RANGE INDEX directive_slot_kind IF NOT EXISTS FOR (n:DirectiveSlot) ON (n.slotKind);
CREATE RANGE INDEX directive_slot_code IF NOT EXISTS FOR (n:DirectiveSlot) ON (n.slotCode);
CREATE CONSTRAINT meeting_slot IF NOT EXISTS FOR (n:MeetingSlot) REQUIRE n.meetingSlotKey IS UNIQUE;
CREATE RANGE INDEX meeting_slot_day IF NOT EXISTS FOR (n:MeetingSlot) ON (n.slotDay);
CREATE RANGE INDEX meeting_day_slot IF NOT EXISTS FOR (n:Meeting) ON (n.daySlot)
