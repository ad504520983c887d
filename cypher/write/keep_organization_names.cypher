// After upsert_organizations, in the same transaction: keeps the OrganizationName buckets the name-ordered lists read before
// looking up only the Organization nodes a page needs (api_list_organizations*, api_count_organizations). A bucket holds the nodes
// of one folded name and one id prefix (the id up to two characters after its first '#', or the whole id when it
// has none: a prefix of the id, so (name, prefix) order then id order is (folded name, id) order), and how many;
// a name shared by thousands of nodes (one per article naming it with no place) is so cut into buckets of at
// most 1/256 of them. A node's `nameKey` is the bucket it is counted in, changed only here: a new node adds one to
// its bucket, a renamed one moves, any other counts nothing (a batch naming a node twice, a re-ingest or a
// `kg import` leave the counts exact). A bucket left with no node is deleted, with its links to the trigram
// index (keep_organization_grams; Grafeo only), each such gram counting one bucket less and deleted when it has none.
// @param $ids  ids of the Organization nodes written
// @returns count (buckets emptied and deleted)
UNWIND $ids AS id
MATCH (n:Organization {id: id})
WITH DISTINCT n
WITH n, n.nameKey AS old, coalesce(n.folded, '') AS name, split(n.id, '#') AS parts
WITH n, old, name, CASE WHEN size(parts) > 1 THEN parts[0] + '#' + left(parts[1], 2) ELSE n.id END AS prefix
WITH n, old, name, prefix, name + '|' + prefix AS key
WHERE old IS NULL OR old <> key
SET n.nameKey = key
WITH old, key, name, prefix
UNWIND [{key: key, name: name, prefix: prefix, change: 1}, {key: old, name: null, prefix: null, change: -1}] AS move
WITH move
WHERE move.key IS NOT NULL
WITH move.key AS key, max(move.name) AS name, max(move.prefix) AS prefix, sum(move.change) AS change
MERGE (b:OrganizationName {key: key})
SET b.count = coalesce(b.count, 0) + change, b.name = coalesce(name, b.name), b.prefix = coalesce(prefix, b.prefix)
WITH b
WHERE b.count = 0
CALL (b) {
  MATCH (b)-[r:ORGANIZATION_GRAM]->(g:OrganizationGram)
  SET g.buckets = g.buckets - 1
  DELETE r
  WITH g
  WHERE g.buckets = 0
  DELETE g
  RETURN count(*) AS grams
}
DELETE b
RETURN count(*) AS count
