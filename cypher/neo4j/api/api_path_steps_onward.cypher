// The second level of the connections search (src/store/connections.ts): as api_path_steps, the nodes next to each
// node asked through at most $cap of its relationships, each once, but without their numbers of relationships,
// which the search no longer needs there (counting them costs a hub's whole degree on Grafeo).
// @param $ids  ids of the nodes to expand
// @param $cap  relationships followed per node at most
// @returns id (the node expanded), other (id of a node next to it)
// Neo4j: each node found through its label's unique index (a label-less {id: …} scans every node); ids are
// unique across labels, so one branch of the UNION answers.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Document {id: id}) RETURN n
  UNION
  MATCH (n:Meeting {id: id}) RETURN n
  UNION
  MATCH (n:Directive {id: id}) RETURN n
  UNION
  MATCH (n:Organization {id: id}) RETURN n
  UNION
  MATCH (n:Person {id: id}) RETURN n
  UNION
  MATCH (n:Place {id: id}) RETURN n
}
CALL (n) {
  MATCH (n)--(m)
  WITH m
  LIMIT $cap
  WITH DISTINCT m
  RETURN m
}
RETURN id, m.id AS other
