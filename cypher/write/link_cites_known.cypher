// (Meeting)-[:CITES]->(Directive) of documents stored before this transaction (a re-ingest; GraphStore.upsert sends only
// their rows here, and a row whose document is not stored at all writes nothing): MERGE, written from
// the Meeting end, whose CITES relationships are few (Grafeo expands those of the node written first).
// The `citations` of each directive written to is counted again from its CITES (a MERGE may or may not have
// created one, so adding would double a re-ingest); only re-ingested documents pay that count.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (:Document {id: row.documentId})
MATCH (a:Meeting {id: row.from})
MATCH (b:Directive {id: row.to})
MERGE (a)-[r:CITES {documentId: row.documentId}]->(b)
SET r += row.props
WITH b, count(r) AS written
SET b.citations = COUNT { (b)<-[:CITES]-(:Meeting) }
RETURN sum(written) AS count
