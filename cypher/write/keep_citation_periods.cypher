// After the CITES writes of a transaction (ingest and `kg import`), for the meetings written or citing: keeps the
// CitationPeriod counts (one per directive and reporting period of its citing meetings, with how many) that
// citationCounts reads for given directives (api_citations_by_period_of) instead of walking each one's CITES (tens
// of thousands for a national directive). Each CITES's `countedPeriod` is the count it is counted in, changed
// only here: a new one adds one, one whose meeting was re-dated moves, any other counts nothing, so a batch naming a
// meeting twice, a re-ingest or an import leave the counts exact. Changes are summed per count before one SET each;
// an emptied count is deleted. Expands only the meetings' own CITES (a few each).
// @param $ids  ids of the meetings written, and of the meetings whose CITES were written
// @returns count (counts emptied and deleted)
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WITH DISTINCT m
MATCH (m)-[r:CITES]->(d:Directive)
WITH d, r, r.countedPeriod AS old, coalesce(m.year, m.date.year) AS year, m.part AS part
WITH d, r, old, year, part, d.id + '|' + coalesce(toString(year), '') + '|' + coalesce(part, '') AS now
WHERE old IS NULL OR old <> now
SET r.countedPeriod = now
WITH d, old, now, year, part
UNWIND [{key: now, year: year, part: part, change: 1}, {key: old, year: null, part: null, change: -1}] AS move
WITH d, move
WHERE move.key IS NOT NULL
WITH d.id AS directive, move.key AS key, max(move.year) AS year, max(move.part) AS part, sum(move.change) AS change
MERGE (p:CitationPeriod {key: key})
SET p.directive = directive, p.meetings = coalesce(p.meetings, 0) + change, p.year = coalesce(year, p.year), p.part = coalesce(part, p.part)
WITH p
WHERE p.meetings = 0
DELETE p
RETURN count(*) AS count
