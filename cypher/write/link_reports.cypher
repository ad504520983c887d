// (Document)-[:REPORTS]->(Meeting), one relationship per article, with its evidence.
// Merged from the Meeting end: Grafeo expands the REPORTS relationships of the node written first.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Document {id: row.from})
MATCH (b:Meeting {id: row.to})
MERGE (b)<-[r:REPORTS {documentId: row.documentId}]-(a)
SET r += row.props
RETURN count(r) AS count
