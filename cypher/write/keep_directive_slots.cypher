// After upsert_directives, in the same transaction: keeps the DirectiveSlot buckets the id-ordered directive lists
// read before looking up only the directives a page needs (api_list_directives_kind, api_list_directives_all on
// Grafeo, api_count_directives_kind). A slot holds the directives of one id prefix: the id up to two characters
// after its first '#' (a directive numbered per article: "NQ-DHTINH-XVIII@XVIII#d5…", 20k of one key at 100k
// synthetic articles, cut into at most 256 slots), or the whole id when it has none; with the folded kind its
// directives' `folded` starts with ("chi thi ") and the code its key starts with ("CT-"), on which the lists filter.
// Slot order then id order is id order ('#' sorts before every other character of an id). A directive's
// `kindSlot` is the slot it is counted in, set only here: a new directive adds one to its slot, any other counts
// nothing (ids never change), so a batch naming a directive twice, a re-ingest or a `kg import` leave the counts exact.
// Slots are merged on `directiveSlotKey`, a property name no other label has (Grafeo 0.6 looks a value up in one
// index across labels: scaling.md).
// @param $ids  ids of the directives written
// @returns count (slots emptied and deleted)
UNWIND $ids AS id
MATCH (n:Directive {id: id})
WITH DISTINCT n
WITH n, n.kindSlot AS old, split(n.id, '#') AS parts
WITH n, old, CASE WHEN size(parts) > 1 THEN parts[0] + '#' + left(parts[1], 2) ELSE n.id END AS slot
WHERE old IS NULL OR old <> slot
SET n.kindSlot = slot
WITH n, old, slot,
  CASE WHEN n.kind IS NULL THEN '' ELSE reduce(s = '', w IN split(coalesce(n.folded, ''), ' ')[0..size(split(n.kind, ' '))] | s + w + ' ') END AS kind,
  split(coalesce(n.key, n.id), '-')[0] + '-' AS code
UNWIND [{slot: slot, kind: kind, code: code, change: 1}, {slot: old, kind: null, code: null, change: -1}] AS move
WITH move
WHERE move.slot IS NOT NULL
WITH move.slot AS slot, max(move.kind) AS kind, max(move.code) AS code, sum(move.change) AS change
MERGE (b:DirectiveSlot {directiveSlotKey: slot})
SET b.directives = coalesce(b.directives, 0) + change, b.slotKind = coalesce(kind, b.slotKind), b.slotCode = coalesce(code, b.slotCode)
WITH b
WHERE b.directives = 0
DELETE b
RETURN count(*) AS count
