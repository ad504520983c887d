// (Person)-[:HOLDS]->(Organization), one relationship per article and title, with its evidence.
// @param $rows  list of {from, to, documentId, title, props: {sentence, start, end, …}}
// @returns count
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
MERGE (a)-[r:HOLDS {documentId: row.documentId, title: row.title}]->(b)
SET r += row.props
RETURN count(r) AS count
