// One level of the connections search (src/store/connections.ts): the nodes next to each node asked, either
// direction, through at most $cap of its relationships (the first the engine returns, so a hub costs $cap rows,
// not its degree), each neighbour once (several articles stating one relationship are one step), with its number
// of relationships (which side the search expands next). Types and properties are read afterwards for the few
// paths kept (api_path_relationships): the graph model has one relationship type per pair of labels.
// @param $ids  ids of the nodes to expand
// @param $cap  relationships followed per node at most
// @returns id (the node expanded), own (its relationships, counted up to $cap), other (id of a node next to it), degree (relationships of that node)
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
  MATCH (n)--()
  WITH n
  LIMIT $cap
  RETURN count(*) AS own
}
CALL (n) {
  MATCH (n)--(m)
  WITH m
  LIMIT $cap
  WITH DISTINCT m
  RETURN m
}
RETURN id, own, m.id AS other, COUNT { (m)--() } AS degree
