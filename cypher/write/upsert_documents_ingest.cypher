// Ingest's Document upsert (imports use upsert_documents): by id, properties merge, a null never erases
// a known value. Returns the ids of the documents created here, which GraphStore.upsert reads before the
// relationship writes of the same transaction: their relationships are then CREATEd (link_*_new), those of
// the others MERGEd (link_*_known). The `ingesting` mark that tells them apart is set on create and removed in
// this statement, so nobody ever sees it; under Neo4j's uniqueness constraint the MERGE locks the id, so of
// two transactions given the same new document only the one that creates it returns it.
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns id
UNWIND $rows AS row
MERGE (n:Document {id: row.id})
ON CREATE SET n.ingesting = true
SET n += row.props
SET n.publishedOn = coalesce(date(row.date), n.publishedOn)
WITH n
WHERE n.ingesting = true
REMOVE n.ingesting
RETURN n.id AS id
