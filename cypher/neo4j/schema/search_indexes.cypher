// The search box's full-text index: the folded text of every searchable label (the app folds
// accents and case itself, so both engines index the same words). names_fulltext (schema.cypher)
// stays for analysts in Browser, over names and titles as written.
// @statements
// @returns nothing
CREATE FULLTEXT INDEX search_folded IF NOT EXISTS
FOR (n:Meeting|Directive|Person|Organization|Document|Place) ON EACH [n.folded]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}};
