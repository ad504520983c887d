// (Person)-[:PARTICIPATED]->(Meeting) of documents created in this write transaction (upsert_documents_ingest returned
// their ids; GraphStore.upsert sends only their rows here, so no row seeks its document): CREATE, since such a relationship cannot exist yet. A MERGE would expand every PARTICIPATED
// of the node it starts from, a cost that grows with the graph around hubs.
// @param $rows  list of {from, to, documentId, role, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Meeting {id: row.to})
CREATE (a)-[r:PARTICIPATED {documentId: row.documentId, role: row.role}]->(b)
SET r += row.props
RETURN count(r) AS count
