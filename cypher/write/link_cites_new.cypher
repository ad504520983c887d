// (Meeting)-[:CITES]->(Directive) of documents created in this write transaction (upsert_documents_ingest returned
// their ids; GraphStore.upsert sends only their rows here, so no row seeks its document): CREATE, since such a relationship cannot exist yet. A MERGE would expand every CITES
// of the node it starts from, a cost that grows with the graph around hubs.
// Each directive's `citations` (the meetings citing it, read by api_most_cited) grows by the relationships
// created here, in the same transaction: a new document's meeting is new, so each one is a new citing meeting.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Meeting {id: row.from})
MATCH (b:Directive {id: row.to})
CREATE (a)-[r:CITES {documentId: row.documentId}]->(b)
SET r += row.props
WITH b, count(r) AS created
SET b.citations = coalesce(b.citations, 0) + created
RETURN sum(created) AS count
