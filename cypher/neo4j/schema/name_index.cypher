// Indexes of the name buckets on Neo4j (keep_person_names, keep_organization_names): a uniqueness constraint on
// each bucket's key (the index its MERGE seeks), a range index on each node's `nameKey` (the name-ordered lists
// look a bucket's nodes up by equality), and text indexes on the buckets' folded names, which answer the lists'
// `name CONTAINS $name` from the index instead of a scan of every bucket.
// @statements
// @returns nothing
CREATE CONSTRAINT person_name_bucket IF NOT EXISTS FOR (n:PersonName) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_name_bucket IF NOT EXISTS FOR (n:OrganizationName) REQUIRE n.key IS UNIQUE;
CREATE RANGE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE RANGE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE TEXT INDEX person_name_contains IF NOT EXISTS FOR (n:PersonName) ON (n.name);
CREATE TEXT INDEX organization_name_contains IF NOT EXISTS FOR (n:OrganizationName) ON (n.name)
