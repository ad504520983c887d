// How many meetings cite each directive.
// @param $ids  list of directive ids
// @returns key, count
UNWIND $ids AS key
MATCH (d:Directive {id: key})
RETURN key, COUNT { (d)<-[:CITES]-(:Meeting) } AS count
