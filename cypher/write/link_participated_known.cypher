// (Person)-[:PARTICIPATED]->(Meeting) of documents stored before this transaction (a re-ingest): MERGE, written from
// the Meeting end, whose PARTICIPATED relationships are few (Grafeo expands those of the node written first).
// @param $rows  list of {from, to, documentId, role, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (doc:Document {id: row.documentId})
WITH row, doc
WHERE doc.ingesting IS NULL
MATCH (a:Person {id: row.from})
MATCH (b:Meeting {id: row.to})
MERGE (b)<-[r:PARTICIPATED {documentId: row.documentId, role: row.role}]-(a)
SET r += row.props
RETURN count(r) AS count
