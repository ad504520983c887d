// Number of directives of one kind (the kind is the only filter; with others: api_count_directives): the sum of the
// kind's DirectiveSlot counts (keep_directive_slots), without reading a directive.
// @param $kind  folded kind with a trailing space ("chi thi ")
// @param $kindCode  key prefix of the kind ("CT-")
// @returns count
MATCH (s:DirectiveSlot)
WHERE s.slotKind STARTS WITH $kind OR s.slotCode STARTS WITH $kindCode
RETURN coalesce(sum(s.directives), 0) AS count
