// One page of the offices each person holds (HOLDS, one per organization and title), by organization id then title,
// for many people at once (DataLoader batch), with a LIMIT per person in the database: a person holding thousands
// of offices sends a page to the API, not all of them. Keyset on (organization id, title); the count is
// rel_person_positions_count, read only when asked.
// @param $pages  list of {ref (returned as key), id, afterKey (organization id of the previous page's last office, or null), afterId (its title, '' when none, or null)}
// @param $limit  offices per page
// @returns key (the ref of the page), items (list of {node (the organization, map), rel (relationship properties, map), key (organization id), id (title)})
UNWIND $pages AS page
CALL (page) {
  MATCH (:Person {id: page.id})-[r:HOLDS]->(other:Organization)
  WITH other, r, other.id AS key, coalesce(r.title, '') AS title
  WHERE page.afterKey IS NULL OR key > page.afterKey OR (key = page.afterKey AND title > page.afterId)
  WITH other, r, key, title
  ORDER BY key, title
  LIMIT $limit
  RETURN collect({node: other {.*}, rel: r {.*}, key: key, id: title}) AS items
}
RETURN page.ref AS key, items
