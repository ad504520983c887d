// Benchmark only: the engine's raw write speed, Place rows CREATEd with no MERGE (bench/run.ts).
// @param $rows  list of {id, props}
// @returns count
UNWIND $rows AS row
CREATE (n:Place {id: row.id})
SET n += row.props
RETURN count(n) AS count
