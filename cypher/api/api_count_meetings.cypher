// How many meetings there are, for the unfiltered list's totalCount. Neo4j answers a label's count from its
// count store, without reading a node.
// @returns count
MATCH (n:Meeting)
RETURN count(n) AS count
