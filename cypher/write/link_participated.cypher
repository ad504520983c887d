// (Person)-[:PARTICIPATED]->(Meeting), one relationship per article and role, with its evidence.
// Merged from the Meeting end: Grafeo expands the PARTICIPATED relationships of the node written first.
// @param $rows  list of {from, to, documentId, role, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Meeting {id: row.to})
MERGE (b)<-[r:PARTICIPATED {documentId: row.documentId, role: row.role}]-(a)
SET r += row.props
RETURN count(r) AS count
