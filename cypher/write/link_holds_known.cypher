// (Person)-[:HOLDS]->(Organization) of documents stored before this transaction (a re-ingest): MERGE, written from
// the Person end, whose HOLDS relationships are few (Grafeo expands those of the node written first).
// @param $rows  list of {from, to, documentId, title, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (doc:Document {id: row.documentId})
WITH row, doc
WHERE doc.ingesting IS NULL
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:HOLDS {documentId: row.documentId, title: row.title}]->(b)
SET r += row.props
RETURN count(r) AS count
