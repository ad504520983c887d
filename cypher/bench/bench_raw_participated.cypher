// Benchmark only: the engine's raw write speed, PARTICIPATED rows CREATEd between nodes found by id (bench/run.ts).
// @param $rows  list of {from, to, documentId, role, props}
// @returns count
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Meeting {id: row.to})
CREATE (a)-[r:PARTICIPATED {documentId: row.documentId, role: row.role}]->(b)
SET r += row.props
RETURN count(r) AS count
