// Creates or updates Directive nodes by id; properties merge, a null never erases a known value.
// A new directive starts with `citations` 0 (link_cites_* keep it), so "most cited" sorts on a value every directive has.
// A node whose stored properties already hold every value of its row is not written again: a hub (an
// organization, a person, a place, a directive named in many articles) comes back in nearly every batch, and
// Grafeo 0.6 re-indexes a property set again to the same value in its BM25 text index (`folded`) at a cost
// growing with the index (1,000 such SETs: 36 ms at 1k indexed nodes, 1.5 s at 40k); Neo4j updates its
// full-text and text indexes for them at commit.
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Directive {id: row.id})
WITH n, row
WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
   OR n.citations IS NULL
   OR (row.date IS NOT NULL AND (n.issuedOn IS NULL OR n.issuedOn <> date(row.date)))
SET n += row.props
SET n.issuedOn = coalesce(date(row.date), n.issuedOn)
SET n.citations = coalesce(n.citations, 0)
RETURN count(n) AS count
