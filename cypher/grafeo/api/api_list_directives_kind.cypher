// One page of the directives of one kind, in id order (the kind is the only filter; with others: api_list_directives),
// without sorting the kind's directives: reads the kind's DirectiveSlot buckets (one per id prefix, with its count
// of directives, kept at write time by keep_directive_slots) from the cursor's slot on, keeps the slots the page
// needs (those before which fewer than $limit directives come; the cursor's own slot counts for none) and looks up
// only their directives by equality on the indexed `kindSlot`. A slot's kind and code are those its directives'
// `folded` and key start with, so the filter is the one on directives before. No null guards; the node projected
// after LIMIT. Keyset on id.
// @param $kind  folded kind with a trailing space ("chi thi ")
// @param $kindCode  key prefix of the kind ("CT-")
// @param $afterId  id of the previous page's last directive, or null
// @param $limit  rows to return
// @param $slotLimit  slots to read at most: $limit + 1 (a slot exists only while it has a directive)
// @returns node (map), key (sort key: the id)
// Grafeo: a comparison on a node's property in WHERE scans every node of the store (~20–50 ms at 100k articles,
// scaling.md), the same comparison on a value projected by WITH costs nothing: the slot's kind, code and key are
// projected first. Neo4j keeps the shared version, which seeks the slots by its range indexes on kind and code.
WITH CASE WHEN $afterId IS NULL THEN '' WHEN size(split($afterId, '#')) > 1 THEN split($afterId, '#')[0] + '#' + left(split($afterId, '#')[1], 2) ELSE $afterId END AS afterSlot
MATCH (s:DirectiveSlot)
WITH s, afterSlot, s.slotKind AS kind, s.slotCode AS code, s.directiveSlotKey AS slot
WHERE (kind STARTS WITH $kind OR code STARTS WITH $kindCode) AND slot >= afterSlot
WITH s, afterSlot, slot
ORDER BY slot
LIMIT $slotLimit
WITH collect({slot: slot, directives: CASE WHEN slot = afterSlot THEN 0 ELSE s.directives END}) AS slots
UNWIND range(0, size(slots) - 1) AS i
WITH slots[i].slot AS slot, reduce(c = 0, x IN slots[0..i] | c + x.directives) AS before
WHERE before < $limit
MATCH (n:Directive {kindSlot: slot})
WITH n, n.id AS id
WHERE id > coalesce($afterId, '')
WITH n, id
ORDER BY id
LIMIT $limit
RETURN n {.*} AS node, id AS key
