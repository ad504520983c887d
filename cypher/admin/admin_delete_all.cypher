// Deletes every node and relationship: for tests and `kg import --replace` only.
// @returns nothing
MATCH (n)
DETACH DELETE n
