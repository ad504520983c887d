// (Meeting)-[:HELD_IN]->(Place), one relationship per article, with its evidence.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Meeting {id: row.from})
MATCH (b:Place {id: row.to})
MERGE (a)-[r:HELD_IN {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
