// Creates or updates Directive nodes by id; properties merge, a null never erases a known value.
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Directive {id: row.id})
SET n += row.props
SET n.issuedOn = coalesce(date(row.date), n.issuedOn)
RETURN count(n) AS count
