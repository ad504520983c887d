// Who chaired the meetings that cite a directive: e.g. who chaired the
// meetings on Chỉ thị 10? One row per person, with how many such meetings
// and their titles.
// Browser:  :param key => 'CT-10-TW'
// @param $key  directive key, e.g. 'NQ-29-TW'
// @returns person, name, meetings, titles
MATCH (:Directive {key: $key})<-[:CITES]-(m:Meeting)<-[:PARTICIPATED {role: 'chair'}]-(p:Person)
WITH p, m
ORDER BY m.date, m.id
WITH p, collect(DISTINCT m.title) AS titles, count(DISTINCT m) AS meetings
RETURN p.id AS person, p.name AS name, meetings, titles
ORDER BY meetings DESC, name
