// How many meetings cite each directive: the count kept at write time (`citations`, link_cites_*).
// @param $ids  list of directive ids
// @returns key, count
UNWIND $ids AS key
MATCH (d:Directive {id: key})
RETURN key, coalesce(d.citations, 0) AS count
