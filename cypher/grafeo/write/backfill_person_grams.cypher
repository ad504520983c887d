// Gives the trigram index of keep_person_grams to the PersonName buckets of a store written before it (run by
// migrate, after backfill_person_names): every bucket not yet indexed (`grams` unset) gets its links, CREATEd from
// the bucket's end, and each gram counts them.
// @returns count (gram links written)
MATCH (b:PersonName)
WHERE b.grams IS NULL
SET b.grams = true
WITH b, [i IN range(0, size(b.name) - 3) | substring(b.name, i, 3)] AS grams
UNWIND grams AS gram
WITH DISTINCT b, gram
WITH gram, collect(b) AS buckets
MERGE (g:PersonGram {personGram: gram})
SET g.buckets = coalesce(g.buckets, 0) + size(buckets)
WITH g, buckets
UNWIND buckets AS b
CREATE (b)-[:PERSON_GRAM]->(g)
RETURN count(*) AS count
