// The nodes of a search page, whole, every label in one round trip (the search resolver ranks the candidates of
// api_search_text first, then reads only the page's nodes here and primes the node loaders with them). One lookup
// by id per label on its unique index; a label with no id on the page costs an empty UNWIND.
// @param $meetings  ids of Meeting nodes
// @param $directives  ids of Directive nodes
// @param $people  ids of Person nodes
// @param $organizations  ids of Organization nodes
// @param $documents  ids of Document nodes
// @param $places  ids of Place nodes
// @returns label, id, node
CALL () {
  UNWIND $meetings AS id MATCH (n:Meeting {id: id}) RETURN 'Meeting' AS label, id, n {.*} AS node
  UNION ALL
  UNWIND $directives AS id MATCH (n:Directive {id: id}) RETURN 'Directive' AS label, id, n {.*} AS node
  UNION ALL
  UNWIND $people AS id MATCH (n:Person {id: id}) RETURN 'Person' AS label, id, n {.*} AS node
  UNION ALL
  UNWIND $organizations AS id MATCH (n:Organization {id: id}) RETURN 'Organization' AS label, id, n {.*} AS node
  UNION ALL
  UNWIND $documents AS id MATCH (n:Document {id: id}) RETURN 'Document' AS label, id, n {.*} AS node
  UNION ALL
  UNWIND $places AS id MATCH (n:Place {id: id}) RETURN 'Place' AS label, id, n {.*} AS node
}
RETURN label, id, node
