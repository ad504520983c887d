// Gives `citations` to the directives of a store written before the count was kept (run by migrate at every
// start): only directives without it are counted, so on a current store this reads the directives and writes nothing.
// @returns count
MATCH (d:Directive)
WHERE d.citations IS NULL
SET d.citations = COUNT { (d)<-[:CITES]-(:Meeting) }
RETURN count(d) AS count
