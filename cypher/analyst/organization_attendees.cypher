// People who took part in the meetings an organization organized, with their
// roles: who comes to the meetings of Khối Khoa giáo huyện Tịnh Biên? $place narrows local
// bodies that share a name (every Huyện ủy); null takes them all.
// Browser:  :param name => 'Khối Khoa giáo huyện'
//           :param place => 'Tịnh Biên'
// @param $name   organization name as written, e.g. 'Tỉnh ủy', 'Bộ Giáo dục và Đào tạo'
// @param $place  the organization's place, or null for any
// @returns person, name, roles, meetings
MATCH (o:Organization {name: $name})-[:ORGANIZED]->(m:Meeting)<-[r:PARTICIPATED]-(p:Person)
WHERE $place IS NULL OR o.place = $place
WITH p, r.role AS role, m
ORDER BY role
WITH p, collect(DISTINCT role) AS roles, count(DISTINCT m) AS meetings
RETURN p.id AS person, p.name AS name, roles, meetings
ORDER BY meetings DESC, name
