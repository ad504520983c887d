// Schema for Neo4j: a uniqueness constraint per node key (which also gives the
// index MERGE uses; a second index on the same property would be an error),
// range indexes on the dates analysts filter by, and one full-text index over
// names, titles and subjects whose analyzer folds accents ('standard-folding',
// Lucene's ASCIIFoldingFilter), so "le huu tho" finds "Lê Hữu Thọ". A range index on each directive's
// citation count (kept at write time) gives "most cited" in index order; text indexes on the folded
// names of people and organizations answer the API's `folded CONTAINS $name`. A meeting's `day` (ISO date,
// '' when undated) and the MeetingDay buckets (one per day) give the date-ordered lists their days in index order.
// Idempotent: every statement has IF NOT EXISTS (run by `kg migrate` at every start).
// @statements
// @returns nothing
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directive_id IF NOT EXISTS FOR (n:Directive) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE INDEX directive_key IF NOT EXISTS FOR (n:Directive) ON (n.key);
CREATE INDEX document_source IF NOT EXISTS FOR (n:Document) ON (n.source);
CREATE RANGE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE RANGE INDEX meeting_day IF NOT EXISTS FOR (n:Meeting) ON (n.day);
CREATE CONSTRAINT meeting_day_bucket IF NOT EXISTS FOR (n:MeetingDay) REQUIRE n.day IS UNIQUE;
CREATE CONSTRAINT meeting_day_bucket_key IF NOT EXISTS FOR (n:MeetingDay) REQUIRE n.dayKey IS UNIQUE;
CREATE RANGE INDEX directive_issued_on IF NOT EXISTS FOR (n:Directive) ON (n.issuedOn);
CREATE RANGE INDEX document_published_on IF NOT EXISTS FOR (n:Document) ON (n.publishedOn);
CREATE RANGE INDEX directive_citations IF NOT EXISTS FOR (n:Directive) ON (n.citations);
CREATE TEXT INDEX person_folded_contains IF NOT EXISTS FOR (n:Person) ON (n.folded);
CREATE TEXT INDEX organization_folded_contains IF NOT EXISTS FOR (n:Organization) ON (n.folded);
CREATE FULLTEXT INDEX names_fulltext IF NOT EXISTS
FOR (n:Person|Organization|Place|Meeting|Document|Directive) ON EACH [n.name, n.title, n.subject, n.symbol]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
