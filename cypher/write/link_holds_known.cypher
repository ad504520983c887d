// (Person)-[:HOLDS]->(Organization) of documents stored before this transaction (a re-ingest; GraphStore.upsert sends only
// their rows here, and a row whose document is not stored at all writes nothing): MERGE, written from
// the Person end, whose HOLDS relationships are few (Grafeo expands those of the node written first).
// @param $rows  list of {from, to, documentId, title, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (:Document {id: row.documentId})
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:HOLDS {documentId: row.documentId, title: row.title}]->(b)
SET r += row.props
RETURN count(r) AS count
