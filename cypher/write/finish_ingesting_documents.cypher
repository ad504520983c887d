// Ends a write transaction's ingest: documents created in it lose the `ingesting` mark
// upsert_documents set, so the mark is never seen outside that transaction.
// @param $ids  ids of the documents of the batch
// @returns count
UNWIND $ids AS id
MATCH (n:Document {id: id})
WHERE n.ingesting IS NOT NULL
REMOVE n.ingesting
RETURN count(n) AS count
