// Benchmark only: the engine's raw write speed, ISSUED_BY rows CREATEd between nodes found by id (bench/run.ts).
// @param $rows  list of {from, to, documentId, props}
// @returns count
UNWIND $rows AS row
MATCH (a:Directive {id: row.from})
MATCH (b:Organization {id: row.to})
CREATE (a)-[r:ISSUED_BY {documentId: row.documentId}]->(b)
SET r += row.props
RETURN count(r) AS count
