// (Directive)-[:IMPLEMENTS]->(Directive) of documents stored before this transaction (a re-ingest): MERGE, written from
// the Directive end, whose IMPLEMENTS relationships are few (Grafeo expands those of the node written first).
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (doc:Document {id: row.documentId})
WITH row, doc
WHERE doc.ingesting IS NULL
MATCH (a:Directive {id: row.from})
MATCH (b:Directive {id: row.to})
MERGE (a)-[r:IMPLEMENTS {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
