// Indexes of the buckets kept at write time on Neo4j. Name buckets (keep_person_names, keep_organization_names): a
// uniqueness constraint on each bucket's key (the index its MERGE seeks), a range index on each node's `nameKey`
// (the name-ordered lists look a bucket's nodes up by equality), and text indexes on the buckets' folded names,
// which answer the lists' `name CONTAINS $name` from the index instead of a scan of every bucket. Citation buckets
// (keep_citation_buckets): a uniqueness constraint on their count (Neo4j's "most cited" walks its range index on
// the directives' `citations`, schema.cypher, and reads no bucket). Citation counts per period
// (keep_citation_periods): a uniqueness constraint on their key, a range index on their directive id. And a range
// index on directives' folded text, which answers directives(filter: {kind}) (`folded STARTS WITH`) by a seek.
// @statements
// @returns nothing
CREATE CONSTRAINT person_name_bucket IF NOT EXISTS FOR (n:PersonName) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_name_bucket IF NOT EXISTS FOR (n:OrganizationName) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE RANGE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE TEXT INDEX person_name_contains IF NOT EXISTS FOR (n:PersonName) ON (n.name);
CREATE TEXT INDEX organization_name_contains IF NOT EXISTS FOR (n:OrganizationName) ON (n.name);
CREATE CONSTRAINT citation_bucket IF NOT EXISTS FOR (n:CitationBucket) REQUIRE n.citations IS UNIQUE;
CREATE CONSTRAINT citation_period IF NOT EXISTS FOR (n:CitationPeriod) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX citation_period_directive IF NOT EXISTS FOR (n:CitationPeriod) ON (n.directive);
CREATE RANGE INDEX directive_folded IF NOT EXISTS FOR (n:Directive) ON (n.folded)
