// (Directive)-[:ISSUED_BY]->(Organization), one relationship per article, with its evidence.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Directive {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:ISSUED_BY {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
