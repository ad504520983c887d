// A person drawn with the meetings they took part in (one relationship per role) and
// the bodies they hold an office in. Run it in Neo4j Browser to see the picture;
// a table elsewhere, one row per role and office.
// Browser:  :param name => 'Lê Hữu Thọ'
// @param $name  the person's name as written, with diacritics
// @returns person, participated, meeting, holds, organization
MATCH (person:Person {name: $name})
OPTIONAL MATCH (person)-[participated:PARTICIPATED]->(meeting:Meeting)
OPTIONAL MATCH (person)-[holds:HOLDS]->(organization:Organization)
RETURN person, participated, meeting, holds, organization
ORDER BY participated.role, organization.id
