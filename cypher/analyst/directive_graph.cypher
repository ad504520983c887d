// A directive and the meetings that cite it, drawn as a graph: each citing meeting
// with the bodies that organized it and the place it was held in. Run it in Neo4j
// Browser to see the picture (in the captions and colours of neo4j/browser-style.grass);
// a table elsewhere, one row per meeting and organizer.
// Browser:  :param key => 'CT-5-TW'
// @param $key  directive key, e.g. 'CT-5-TW'
// @returns directive, cites, meeting, organized, organizer, heldIn, place
MATCH (directive:Directive {key: $key})<-[cites:CITES]-(meeting:Meeting)
OPTIONAL MATCH (organizer:Organization)-[organized:ORGANIZED]->(meeting)
OPTIONAL MATCH (meeting)-[heldIn:HELD_IN]->(place:Place)
RETURN directive, cites, meeting, organized, organizer, heldIn, place
ORDER BY meeting.id, organizer.id
