// After keep_person_names, in the same transaction: keeps the trigram index of the PersonName buckets that
// people(name:) reads by part of the name (api_list_people_named, api_count_people):
// one PersonGram node per character trigram of the buckets' folded names (spaces included), holding in `buckets`
// how many buckets have it, and a link of type PERSON_GRAM from each of those buckets. Only buckets not yet indexed are
// read (`grams` unset: new in this transaction, or older than the index); their links are CREATEd from the
// bucket's end, which has few, instead of MERGEd (Grafeo's relationship MERGE expands the first node's links).
// A bucket's name never changes, so its grams do not; keep_person_names drops them with the bucket.
// @param $ids  ids of the Person nodes written
// @returns count (gram links written)
// Neo4j answers `name CONTAINS` on the buckets from a text index (cypher/neo4j/schema/bucket_indexes.cypher):
// it keeps no grams, and this writes nothing.
RETURN 0 AS count
