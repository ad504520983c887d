// How many parts each person played (PARTICIPATED, one per meeting and role), for many people at once (DataLoader
// batch): Person.participationConnection's totalCount, read only when asked. The other end's label
// is left out (HOLDS and PARTICIPATED have one): Neo4j then reads the person's degree instead of expanding each.
// @param $ids  list of person ids
// @returns key (the person id), count
UNWIND $ids AS key
MATCH (p:Person {id: key})
RETURN key, COUNT { (p)-[:PARTICIPATED]->() } AS count
