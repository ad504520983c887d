// Benchmark only: the engine's raw write speed, HOLDS rows CREATEd between nodes found by id (bench/run.ts).
// @param $rows  list of {from, to, documentId, title, props}
// @returns count
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organization {id: row.to})
CREATE (a)-[r:HOLDS {documentId: row.documentId, title: row.title}]->(b)
SET r += row.props
RETURN count(r) AS count
