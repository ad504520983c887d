// Number of directives of one kind (the kind is the only filter; with others: api_count_directives): the sum of the
// kind's DirectiveSlot counts (keep_directive_slots), without reading a directive.
// @param $kind  folded kind with a trailing space ("chi thi ")
// @param $kindCode  key prefix of the kind ("CT-")
// @returns count
// Grafeo: the slot's kind and code projected before they are compared (a WHERE on a node's property scans every node).
MATCH (s:DirectiveSlot)
WITH s.slotKind AS kind, s.slotCode AS code, s.directives AS directives
WHERE kind STARTS WITH $kind OR code STARTS WITH $kindCode
RETURN coalesce(sum(directives), 0) AS count
