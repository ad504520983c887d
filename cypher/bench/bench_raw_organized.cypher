// Benchmark only: the engine's raw write speed, ORGANIZED rows CREATEd between nodes found by id (bench/run.ts).
// @param $rows  list of {from, to, documentId, props}
// @returns count
UNWIND $rows AS row
MATCH (a:Organization {id: row.from})
MATCH (b:Meeting {id: row.to})
CREATE (a)-[r:ORGANIZED {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
