// Gives `countedPeriod` and their CitationPeriod counts (keep_citation_periods) to the CITES of a store written
// before the counts were kept (run by migrate at every start): only CITES without `countedPeriod` are counted, so
// on a current store this reads the CITES and writes nothing.
// @returns count
MATCH (m:Meeting)-[r:CITES]->(d:Directive)
WHERE r.countedPeriod IS NULL
WITH d, r, coalesce(m.year, m.date.year) AS year, m.part AS part
WITH d, r, year, part, d.id + '|' + coalesce(toString(year), '') + '|' + coalesce(part, '') AS key
SET r.countedPeriod = key
WITH d.id AS directive, key, year, part, count(r) AS added
MERGE (p:CitationPeriod {key: key})
SET p.directive = directive, p.year = year, p.part = part, p.meetings = coalesce(p.meetings, 0) + added
RETURN count(p) AS count
