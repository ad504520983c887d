// Search candidates: nodes of the given labels whose folded text contains any probe
// (query words and word fragments, all folded), those matching most probes first so the
// limit keeps the likeliest. Final ranking happens in the API, on these few rows.
// @param $probes  list of folded strings
// @param $labels  list of labels to look in
// @param $limit  most candidates to return
// @returns label, node (map)
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
  AND n.folded IS NOT NULL
WITH n, size([p IN $probes WHERE n.folded CONTAINS p]) AS matched
WHERE matched > 0
RETURN labels(n)[0] AS label, n {.*} AS node
ORDER BY matched DESC, size(n.folded)
LIMIT $limit
