// Benchmark only: the engine's raw write speed, Directive rows CREATEd with no MERGE (bench/run.ts).
// @param $rows  list of {id, props, date}
// @returns count
UNWIND $rows AS row
CREATE (n:Directive {id: row.id})
SET n += row.props
SET n.issuedOn = date(row.date)
RETURN count(n) AS count
