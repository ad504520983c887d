// (Person)-[:PARTICIPATED]->(Meeting) of documents stored before this transaction (a re-ingest; GraphStore.upsert sends only
// their rows here, and a row whose document is not stored at all writes nothing): MERGE, written from
// the Meeting end, whose PARTICIPATED relationships are few (Grafeo expands those of the node written first).
// @param $rows  list of {from, to, documentId, role, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (:Document {id: row.documentId})
MATCH (a:Person {id: row.from})
MATCH (b:Meeting {id: row.to})
MERGE (b)<-[r:PARTICIPATED {documentId: row.documentId, role: row.role}]-(a)
SET r += row.props
RETURN count(r) AS count
