// Number of Organization nodes whose folded name contains $name (all of them: count_organizations): the counts of the
// OrganizationName buckets of matching names (keep_organization_names), summed, instead of a filter over every Organization. Neo4j
// answers CONTAINS on the buckets from a text index (cypher/neo4j/schema/bucket_indexes.cypher).
// @param $name  folded part of the name
// @returns count
MATCH (b:OrganizationName)
WHERE b.name CONTAINS $name
RETURN coalesce(sum(b.count), 0) AS count
