// (Organization)-[:ORGANIZED]->(Meeting), one relationship per article, with its evidence.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Meeting {id: row.to})
MERGE (a)-[r:ORGANIZED {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
