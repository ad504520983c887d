// Chains of directives carrying one another out down to a given directive:
// a district plan implements a provincial plan that implements a Politburo
// directive. One row per chain (up to 6 steps), longest first.
// Browser:  :param key => 'CT-5-TW'   (draw it: replace RETURN … with RETURN path)
// @param $key  key of the directive at the end of the chains, e.g. 'CT-5-TW'
// @returns chain, steps, issuers
MATCH path = (:Directive)-[:IMPLEMENTS*1..6]->(:Directive {key: $key})
WITH path, nodes(path) AS ds
RETURN [d IN ds | d.id] AS chain, length(path) AS steps,
       [d IN ds | coalesce(d.issuer, '')] AS issuers
ORDER BY steps DESC, chain
