// The directives each directive implements (IMPLEMENTS read from its source), for many directives at once (DataLoader batch).
// @param $ids  list of directive ids
// @returns key (the directive id), node (the other end, map), rel (relationship properties, map)
UNWIND $ids AS key
MATCH (:Directive {id: key})-[r:IMPLEMENTS]->(other:Directive)
RETURN key, other {.*} AS node, r {.*} AS rel
ORDER BY key, other.id
