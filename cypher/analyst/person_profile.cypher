// A person's positions and meetings: what offices does Lê Hữu Thọ hold, and
// which meetings did he chair or attend? The same name in two places is two
// people, so one row per person, with positions (office, organization, place;
// the same office read in two articles counts once) and meetings (date, title,
// role) in date order.
// Browser:  :param name => 'Lê Hữu Thọ'
// @param $name  the person's name as written, with diacritics
// @returns person, name, positions, meetings
MATCH (p:Person {name: $name})
OPTIONAL MATCH (p)-[h:HOLDS]->(o:Organization)
WITH p, h, o
ORDER BY h.title, o.id
WITH p, collect(DISTINCT CASE WHEN h IS NULL THEN null ELSE {title: h.title, position: h.position, organization: o.name, place: o.place} END) AS positions
OPTIONAL MATCH (p)-[r:PARTICIPATED]->(m:Meeting)
WITH p, positions, r, m
ORDER BY m.date, m.id, r.role
WITH p, positions, collect(CASE WHEN r IS NULL THEN null ELSE {date: m.date, title: m.title, role: r.role, meeting: m.id} END) AS meetings
RETURN p.id AS person, p.name AS name, positions, meetings
ORDER BY person
