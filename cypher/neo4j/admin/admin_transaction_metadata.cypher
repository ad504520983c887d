// The metadata of the transaction this query runs in, as Neo4j's query log and SHOW TRANSACTIONS
// see it: for the test that every transaction names its query (Neo4j only).
// @returns metaData (map)
SHOW TRANSACTIONS YIELD metaData, currentQuery
// currentQuery is the whole text, this header included: matched on a phrase of the body.
WHERE currentQuery CONTAINS 'YIELD metaData, currentQuery'
RETURN metaData
