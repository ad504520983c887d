// Directives an organization issued, as the articles attribute them, with how
// many meetings cite each: what has Bộ Chính trị issued that gets discussed?
// Browser:  :param name => 'Bộ Chính trị'
// @param $name  issuing organization's name as written, e.g. 'Bộ Chính trị'
// @returns directive, key, symbol, issuedOn, subject, citedBy
MATCH (o:Organization {name: $name})<-[:ISSUED_BY]-(d:Directive)
WITH DISTINCT d
RETURN d.id AS directive, d.key AS key, d.symbol AS symbol, d.issuedOn AS issuedOn, d.subject AS subject,
       COUNT { (d)<-[:CITES]-(:Meeting) } AS citedBy
ORDER BY issuedOn, directive
