// (Directive)-[:IMPLEMENTS]->(Directive), one relationship per article, with its evidence.
// @param $rows  list of {from, to, documentId, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Directive {id: row.from})
MATCH (b:Directive {id: row.to})
MERGE (a)-[r:IMPLEMENTS {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
