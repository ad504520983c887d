// Number of Person nodes whose folded name contains $name (all of them: count_people): the counts of the
// PersonName buckets of matching names (keep_person_names), summed, instead of a filter over every Person. Neo4j
// answers CONTAINS on the buckets from a text index (cypher/neo4j/schema/bucket_indexes.cypher).
// @param $name  folded part of the name
// @returns count
// Grafeo has no substring index, and filtering every bucket grew with the distinct names (p50 10-21 ms on 35k real
// articles): a bucket whose name contains $name has every character trigram of $name, so only the buckets linked to its
// rarest trigram (the PersonGram with the fewest `buckets`, keep_person_grams) are read and filtered; a trigram
// no bucket has gives no row. A name shorter than 3 characters has no trigram: its branch filters every bucket. Each
// branch filters its own buckets (a filter after the UNION read every bucket through it first: 2-letter names 2x slower).
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
RETURN coalesce(sum(b.count), 0) AS count
