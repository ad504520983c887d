// Counts again the meetings citing each of the given directives into their `citations` (what ingest keeps
// up to date as it writes): `kg import` runs it for the directives of every CITES batch it writes, in the
// same transaction, since a dump's relationships are MERGEd and may or may not be new.
// @param $ids  directive ids
// @returns count
UNWIND $ids AS id
MATCH (d:Directive {id: id})
SET d.citations = COUNT { (d)<-[:CITES]-(:Meeting) }
RETURN count(d) AS count
