// Directives cited together with a given one: which other documents do the
// meetings on Chỉ thị 05 discuss? One row per other directive, with the
// number of meetings that cite both.
// Browser:  :param key => 'CT-5-TW'
// @param $key  directive key, e.g. 'CT-5-TW'
// @returns directive, key, kind, symbol, meetings
MATCH (d:Directive {key: $key})<-[:CITES]-(m:Meeting)-[:CITES]->(other:Directive)
WHERE other.key <> $key
WITH other, count(DISTINCT m) AS meetings
RETURN other.id AS directive, other.key AS key, other.kind AS kind, other.symbol AS symbol, meetings
ORDER BY meetings DESC, key, directive
