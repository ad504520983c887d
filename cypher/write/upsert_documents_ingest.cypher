// Ingest's Document upsert (imports use upsert_documents): by id, properties merge, a null never erases
// a known value. A document created here is marked `ingesting` until finish_ingesting_documents, in the same
// transaction: its relationships are then CREATEd (link_*_new), those of a known one MERGEd (link_*_known).
// @param $rows  list of {id, props, date (ISO string or null)}
// @returns count
UNWIND $rows AS row
MERGE (n:Document {id: row.id})
ON CREATE SET n.ingesting = true
SET n += row.props
SET n.publishedOn = coalesce(date(row.date), n.publishedOn)
RETURN count(n) AS count
