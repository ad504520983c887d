// Benchmark only: the engine's raw write speed, Document rows CREATEd with no MERGE (bench/run.ts).
// @param $rows  list of {id, props, date}
// @returns count
UNWIND $rows AS row
CREATE (n:Document {id: row.id})
SET n += row.props
SET n.publishedOn = date(row.date)
RETURN count(n) AS count
