// Find people, organizations, places, meetings and directives by a piece of
// their name, title or subject, without diacritics: 'huu tho' finds Lê Hữu Thọ,
// 'chi thi 05' finds Chỉ thị 05-CT/TW. Type the text in lower case without
// accents (it is matched against each node's `folded` property). On Neo4j the
// full-text index names_fulltext does the same with ranking (docs/neo4j.md).
// Browser:  :param text => 'huu tho'
// @param $text  lower-case text without diacritics
// @returns label, id, name
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Place OR n:Meeting OR n:Directive) AND n.folded CONTAINS $text
RETURN labels(n)[0] AS label, n.id AS id, coalesce(n.name, n.title, n.symbol, n.key) AS name
ORDER BY label, id
