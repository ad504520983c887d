// One page of every directive, in id order (no filter; filtered: api_list_directives_kind, api_list_directives).
// No null guards (Grafeo evaluates each one's subquery for every directive); on Neo4j a range seek of the id
// constraint's index; the node projected after LIMIT. Keyset on id.
// @param $afterId  id of the previous page's last directive, or null
// @param $limit  rows to return
// @param $slotLimit  slots to read at most on Grafeo: $limit + 1 (a slot exists only while it has a directive)
// @returns node (map), key (sort key: the id)
// Grafeo 0.6 has no ordered index: `ORDER BY n.id LIMIT` sorts all 20k directives at 100k articles (~250 ms under
// load). It reads the DirectiveSlot buckets instead (one per id prefix with its count, keep_directive_slots: ~600
// at 100k), from the cursor's slot on, keeps the slots the page needs (the cursor's own counts for none) and looks
// up only their directives by equality on the indexed `kindSlot`; slot keys are projected before they are compared.
WITH CASE WHEN $afterId IS NULL THEN '' WHEN size(split($afterId, '#')) > 1 THEN split($afterId, '#')[0] + '#' + left(split($afterId, '#')[1], 2) ELSE $afterId END AS afterSlot
MATCH (s:DirectiveSlot)
WITH s, afterSlot, s.directiveSlotKey AS slot
WHERE slot >= afterSlot
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
