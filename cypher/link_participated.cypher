// (Person)-[:PARTICIPATED]->(Meeting), one relationship per article and role, with its evidence.
// @param $rows  list of {from, to, documentId, role, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:PARTICIPATED {documentId: row.documentId, role: row.role}]->(b)
SET r += row.props
RETURN count(r) AS count
