// Number of Person nodes whose folded name contains $name (all of them: count_people): the counts of the
// PersonName buckets of matching names (keep_person_names), summed, instead of a filter over every Person. Neo4j
// answers CONTAINS on the buckets from a text index (cypher/neo4j/schema/bucket_indexes.cypher).
// @param $name  folded part of the name
// @returns count
MATCH (b:PersonName)
WHERE b.name CONTAINS $name
RETURN coalesce(sum(b.count), 0) AS count
