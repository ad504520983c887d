// Creates or updates Document nodes by id; properties merge, a null never erases a known value.
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Document {id: row.id})
SET n += row.props
SET n.publishedOn = coalesce(date(row.date), n.publishedOn)
RETURN count(n) AS count
