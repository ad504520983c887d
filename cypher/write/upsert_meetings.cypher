// Creates or updates Meeting nodes by id; properties merge, a null never erases a known value.
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Meeting {id: row.id})
SET n += row.props
SET n.date = coalesce(date(row.date), n.date)
RETURN count(n) AS count
