// Grafeo's BM25 text indexes (its Rust core's `text-index`), one per label on the folded text
// the search box compares (accents and case already folded by the app). Grafeo's own DDL
// (`USING TEXT`), which Neo4j's parser does not read: hence this file's @dialect, which the
// Cypher lint skips. Kept in sync by Grafeo on every write, in the writing transaction.
// @dialect grafeo
// @statements
// @returns nothing
CREATE INDEX meeting_folded_text IF NOT EXISTS FOR (n:Meeting) ON (n.folded) USING TEXT;
CREATE INDEX directive_folded_text IF NOT EXISTS FOR (n:Directive) ON (n.folded) USING TEXT;
CREATE INDEX person_folded_text IF NOT EXISTS FOR (n:Person) ON (n.folded) USING TEXT;
CREATE INDEX organization_folded_text IF NOT EXISTS FOR (n:Organization) ON (n.folded) USING TEXT;
CREATE INDEX document_folded_text IF NOT EXISTS FOR (n:Document) ON (n.folded) USING TEXT;
CREATE INDEX place_folded_text IF NOT EXISTS FOR (n:Place) ON (n.folded) USING TEXT;
