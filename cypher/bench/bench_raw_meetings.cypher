// Benchmark only: the engine's raw write speed, Meeting rows CREATEd with no MERGE (bench/run.ts).
// @param $rows  list of {id, props, date}
// @returns count
UNWIND $rows AS row
CREATE (n:Meeting {id: row.id})
SET n += row.props
SET n.date = date(row.date)
RETURN count(n) AS count
