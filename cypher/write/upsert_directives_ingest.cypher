// Ingest's Directive upsert (imports use upsert_directives): by id, properties merge, a null never erases a known
// value; a new directive starts with `citations` 0 (link_cites_* keep it). GraphStore.upsert sends each row's folded
// text beside its other properties, and it is set only where it changed: a national directive cited in many articles
// comes back with another issuer, subject or year now and then, and Grafeo 0.6 re-indexes its BM25 text index
// (`folded`) for a SET of that property, even to the value it has, at a cost growing with the index (100k synthetic
// articles: the directives' SET 1.6 ms a batch at 600 articles, 12.7 ms at 100k; bench/results/grafeo-writes-profile.md).
// A node whose stored properties already hold every value of its row is not written at all (upsert_directives says why).
// @param $rows  list of {id, props (without folded), folded (or null), date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Directive {id: row.id})
WITH n, row
WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
   OR (row.folded IS NOT NULL AND (n.folded IS NULL OR n.folded <> row.folded))
   OR n.citations IS NULL
   OR (row.date IS NOT NULL AND (n.issuedOn IS NULL OR n.issuedOn <> date(row.date)))
SET n += row.props
SET n.issuedOn = coalesce(date(row.date), n.issuedOn)
SET n.citations = coalesce(n.citations, 0)
FOREACH (folded IN CASE WHEN row.folded IS NOT NULL AND (n.folded IS NULL OR n.folded <> row.folded) THEN [row.folded] ELSE [] END |
  SET n.folded = folded
)
RETURN count(n) AS count
