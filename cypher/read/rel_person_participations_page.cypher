// One page of the parts each person played (PARTICIPATED, one per meeting and role), by meeting id then role, for
// many people at once (DataLoader batch), with a LIMIT per person in the database: a person met in thousands of
// meetings sends a page to the API, not all of them. Keyset on (meeting id, role); the count is
// rel_person_participations_count, read only when asked.
// @param $pages  list of {ref (returned as key), id, afterKey (meeting id of the previous page's last part, or null), afterId (its role, or null)}
// @param $limit  parts per page
// @returns key (the ref of the page), items (list of {node (the meeting, map), rel (relationship properties, map), key (meeting id), id (role)})
UNWIND $pages AS page
CALL (page) {
  MATCH (:Person {id: page.id})-[r:PARTICIPATED]->(other:Meeting)
  WITH other, r, other.id AS key, coalesce(r.role, '') AS role
  WHERE page.afterKey IS NULL OR key > page.afterKey OR (key = page.afterKey AND role > page.afterId)
  WITH other, r, key, role
  ORDER BY key, role
  LIMIT $limit
  RETURN collect({node: other {.*}, rel: r {.*}, key: key, id: role}) AS items
}
RETURN page.ref AS key, items
