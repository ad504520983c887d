// Indexes for the embedded engine. Grafeo's MERGE scans every node of a label
// unless the merged property has an index of its own (a uniqueness constraint
// does not make one), so each node key gets CREATE INDEX. Meeting dates and directive citation
// counts have none: at 10k articles a range filter or an ORDER BY on them measured no faster with one.
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
