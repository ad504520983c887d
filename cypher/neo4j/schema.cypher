// Schema for Neo4j: a uniqueness constraint per node key (which also gives the
// index MERGE uses; a second index on the same property would be an error).
// Idempotent: every statement has IF NOT EXISTS.
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
