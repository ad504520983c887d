// Creates or updates Person nodes by id; properties merge, a null never erases a known value.
// A node whose stored properties already hold every value of its row is not written again: a hub (an
// organization, a person, a place, a directive named in many articles) comes back in nearly every batch, and
// Grafeo 0.6 re-indexes a property set again to the same value in its BM25 text index (`folded`) at a cost
// growing with the index (1,000 such SETs: 36 ms at 1k indexed nodes, 1.5 s at 40k); Neo4j updates its
// full-text and text indexes for them at commit.
// @param $rows  list of {id, props}
// @returns count
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
WITH n, row
WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
SET n += row.props
RETURN count(n) AS count
