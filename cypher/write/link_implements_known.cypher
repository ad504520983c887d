// (Directive)-[:IMPLEMENTS]->(Directive) of documents stored before this transaction (a re-ingest; GraphStore.upsert sends only
// their rows here, and a row whose document is not stored at all writes nothing): MERGE, written from
// the Directive end, whose IMPLEMENTS relationships are few (Grafeo expands those of the node written first).
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (:Document {id: row.documentId})
MATCH (a:Directive {id: row.from})
MATCH (b:Directive {id: row.to})
MERGE (a)-[r:IMPLEMENTS {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
