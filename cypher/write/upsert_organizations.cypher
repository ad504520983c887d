// Creates or updates Organization nodes by id; properties merge, a null never erases a known value.
// @param $rows  list of {id, props}
// @returns count
UNWIND $rows AS row
MERGE (n:Organization {id: row.id})
SET n += row.props
RETURN count(n) AS count
