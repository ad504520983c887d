// Gives `kindSlot` and their DirectiveSlot buckets (keep_directive_slots) to the directives of a store written before
// the id-ordered directive lists read them (run once per store by migrate): only directives without `kindSlot`
// are counted, so on a current store this reads the directives and writes nothing.
// @returns count
MATCH (n:Directive)
WHERE n.kindSlot IS NULL
WITH n, split(n.id, '#') AS parts
WITH n, CASE WHEN size(parts) > 1 THEN parts[0] + '#' + left(parts[1], 2) ELSE n.id END AS slot,
  CASE WHEN n.kind IS NULL THEN '' ELSE reduce(s = '', w IN split(coalesce(n.folded, ''), ' ')[0..size(split(n.kind, ' '))] | s + w + ' ') END AS kind,
  split(coalesce(n.key, n.id), '-')[0] + '-' AS code
SET n.kindSlot = slot
WITH slot, max(kind) AS kind, max(code) AS code, count(n) AS added
MERGE (b:DirectiveSlot {directiveSlotKey: slot})
SET b.directives = coalesce(b.directives, 0) + added, b.slotKind = kind, b.slotCode = code
RETURN count(b) AS count
