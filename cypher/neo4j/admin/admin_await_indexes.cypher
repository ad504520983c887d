// Waits until every index of the database is online (Neo4j only): Neo4j builds indexes in the
// background after CREATE INDEX, so a timed migrate of a bulk-imported store (bench/bulkImport.ts)
// must wait for them to count their cost.
// @param $seconds  how long to wait before Neo4j gives up with an error
// @returns nothing
CALL db.awaitIndexes($seconds)
