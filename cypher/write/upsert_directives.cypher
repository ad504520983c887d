// Creates or updates Directive nodes by id; properties merge, a null never erases a known value.
// A new directive starts with `citations` 0 (link_cites_* keep it), so "most cited" sorts on a value every directive has.
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Directive {id: row.id})
SET n += row.props
SET n.issuedOn = coalesce(date(row.date), n.issuedOn)
SET n.citations = coalesce(n.citations, 0)
RETURN count(n) AS count
