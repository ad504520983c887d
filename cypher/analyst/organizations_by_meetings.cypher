// Organizations by the number of meetings they organized, busiest first:
// which bodies hold the most meetings? Local bodies are per place.
// Browser:  :param limit => 20
// @param $limit  how many organizations to list
// @returns organization, name, place, meetings
MATCH (o:Organization)-[:ORGANIZED]->(m:Meeting)
WITH o, count(DISTINCT m) AS meetings
RETURN o.id AS organization, o.name AS name, o.place AS place, meetings
ORDER BY meetings DESC, name, organization
LIMIT $limit
