// Gives the trigram index of keep_organization_grams to the OrganizationName buckets of a store written before it (run by
// migrate, after backfill_organization_names): every bucket not yet indexed (`grams` unset) gets its links, CREATEd from
// the bucket's end, and each gram counts them.
// @returns count (gram links written)
// Neo4j keeps no grams (keep_organization_grams): this writes nothing.
RETURN 0 AS count
