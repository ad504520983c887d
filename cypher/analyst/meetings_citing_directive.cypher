// Which meetings cite a directive, by place and year: e.g. where and when was
// Chỉ thị 05-CT/TW discussed? One row per directive (a key can name several
// terms: CT-5-TW@1997 and CT-5-TW@2016), place and year; meetings with no
// known place come under '(không rõ)'.
// Browser:  :param key => 'CT-5-TW'
// @param $key  directive key as written in ids, e.g. 'CT-5-TW', 'NQ-29-TW'
// @returns directive, place, year, meetings, titles
MATCH (d:Directive {key: $key})<-[:CITES]-(m:Meeting)
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
WITH d, coalesce(p.name, '(không rõ)') AS place, m.year AS year, m
ORDER BY m.date, m.id
WITH d.id AS directive, place, year, count(m) AS meetings, collect(m.title) AS titles
RETURN directive, place, year, meetings, titles
ORDER BY place, year, directive
