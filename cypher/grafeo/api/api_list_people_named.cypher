// One page of the Person nodes whose folded name contains $name, in folded-name order, without reading every Person:
// filters the PersonName buckets (one per folded name and id prefix, with its count of nodes, kept at write time by
// keep_person_names) from the cursor's bucket on, keeps the buckets the page needs (those before which fewer than
// $limit nodes come; the cursor's own bucket counts for none, its nodes may precede the cursor), and looks up only
// their nodes by equality on the indexed `nameKey`. A bucket's prefix is a prefix of its nodes' ids, so (name,
// prefix) order then id order is (folded name, id) order. Neo4j answers CONTAINS on the buckets from a text index
// (cypher/neo4j/schema/bucket_indexes.cypher); Grafeo, with no substring index, reads the buckets of the name's
// rarest trigram (keep_person_grams: cypher/grafeo/api/).
// Keyset pagination on (folded name, id); the node projected after LIMIT.
// @param $name  folded part of the name
// @param $afterKey  folded name of the previous page's last person, or null
// @param $afterId  id of that person, or null
// @param $limit  rows to return
// @param $bucketLimit  buckets to read at most: $limit + 1 (a bucket exists only while it has a node)
// @returns node (map), key (sort key: the folded name)
// Grafeo has no substring index, and filtering every bucket grew with the distinct names (p50 10-21 ms on 35k real
// articles): a bucket whose name contains $name has every character trigram of $name, so only the buckets linked to its
// rarest trigram (the PersonGram with the fewest `buckets`, keep_person_grams) are read and filtered; a trigram
// no bucket has gives no row. A name shorter than 3 characters has no trigram: its branch filters every bucket. Each
// branch filters its own buckets (a filter after the UNION read every bucket through it first: 2-letter names 2x slower).
WITH CASE WHEN $afterId IS NULL THEN null WHEN size(split($afterId, '#')) > 1 THEN split($afterId, '#')[0] + '#' + left(split($afterId, '#')[1], 2) ELSE $afterId END AS afterPrefix
CALL () {
  WITH [i IN range(0, size($name) - 3) | substring($name, i, 3)] AS grams
  MATCH (g:PersonGram)
  WHERE g.personGram IN grams
  WITH grams, collect(g) AS found
  WHERE all(x IN grams WHERE x IN [f IN found | f.personGram])
  UNWIND found AS g
  WITH g
  ORDER BY g.buckets
  LIMIT 1
  MATCH (g)<-[:PERSON_GRAM]-(b:PersonName)
  WHERE b.name CONTAINS $name
  RETURN b
  UNION ALL
  WITH $name AS name
  WHERE size(name) < 3
  MATCH (b:PersonName)
  WHERE b.name CONTAINS name
  RETURN b
}
WITH b, afterPrefix
WHERE $afterKey IS NULL OR b.name > $afterKey OR (b.name = $afterKey AND b.prefix >= afterPrefix)
WITH b, afterPrefix
ORDER BY b.name, b.prefix
LIMIT $bucketLimit
WITH collect({key: b.key, count: CASE WHEN b.name = $afterKey AND b.prefix = afterPrefix THEN 0 ELSE b.count END}) AS buckets
UNWIND range(0, size(buckets) - 1) AS i
WITH buckets[i].key AS bucket, reduce(s = 0, x IN buckets[0..i] | s + x.count) AS before
WHERE before < $limit
MATCH (n:Person {nameKey: bucket})
WITH n, n.folded AS key
WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId)
WITH n, key
ORDER BY key, n.id
LIMIT $limit
RETURN n {.*} AS node, key
