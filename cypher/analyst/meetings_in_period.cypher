// Meetings held between two dates (both included), in date order, with their
// place, organizers and the directives they cite: what happened in 2021?
// Browser:  :param from => '2021-01-01'
//           :param to => '2021-12-31'
// @param $from  first day, ISO date string 'YYYY-MM-DD'
// @param $to    last day, ISO date string 'YYYY-MM-DD'
// @returns meeting, date, title, place, organizers, cites
MATCH (m:Meeting)
WHERE m.date >= date($from) AND m.date <= date($to)
OPTIONAL MATCH (m)-[:HELD_IN]->(p:Place)
RETURN m.id AS meeting, m.date AS date, m.title AS title, p.name AS place,
       [(m)<-[:ORGANIZED]-(o:Organization) | o.name] AS organizers,
       [(m)-[:CITES]->(d:Directive) | d.key] AS cites
ORDER BY date, meeting
