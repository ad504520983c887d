// How often a directive is cited, year by year (the year of the citing
// meeting): is attention to Chỉ thị 05 rising or fading? With $key null,
// every directive.
// Browser:  :param key => 'CT-5-TW'     or   :param key => null
// @param $key  directive key, or null for all directives
// @returns key, year, meetings
MATCH (m:Meeting)-[:CITES]->(d:Directive)
WHERE $key IS NULL OR d.key = $key
RETURN d.key AS key, m.year AS year, count(DISTINCT m) AS meetings
ORDER BY key, year
