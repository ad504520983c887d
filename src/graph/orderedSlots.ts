// Orders Grafeo 0.6 cannot keep in an index, kept at write time as slots (issue 10: every list through an ordered
// key). Directives in id order (`directives(filter: {kind})`, the unfiltered list on Grafeo) read DirectiveSlot
// buckets, one per id prefix, with the kind and code their directives' `folded` and key start with; a day's
// meetings read MeetingSlot buckets, one per day and id prefix, after the MeetingDay buckets (MEETING_DAYS in
// model.ts) have said which days a page needs. Each bucket holds how many nodes it has; `keep` follows the nodes'
// upsert in the same transaction (ingest and `kg import`), `backfill` gives them to older stores on migrate. Each
// node's `property` names the slot it is counted in: derived like the day buckets, a dump's value is not read, nor dumped.

export const DIRECTIVE_SLOTS = {
  label: 'DirectiveSlot',
  property: 'kindSlot',
  keep: 'keep_directive_slots',
  backfill: 'backfill_directive_slots',
} as const;

export const MEETING_SLOTS = {
  label: 'MeetingSlot',
  property: 'daySlot',
  keep: 'keep_meeting_slots',
  backfill: 'backfill_meeting_slots',
} as const;

/** The slot labels, which hold no data of their own (left out of dumps and their completeness check). */
export const SLOT_LABELS: readonly string[] = [DIRECTIVE_SLOTS.label, MEETING_SLOTS.label];

/** The property of a node label naming its slot, or null when it has none. */
export function slotPropertyOf(label: string): string | null {
  return label === 'Directive' ? DIRECTIVE_SLOTS.property : label === 'Meeting' ? MEETING_SLOTS.property : null;
}

/** The statement keeping the slots of one batch list (`directives`, `meetings`), written right after its upsert; none for other lists. */
export function keepSlots(batchKey: string, rows: ReadonlyArray<{ id: string }>): Array<{ query: string; params: { ids: string[] } }> {
  const query = batchKey === 'directives' ? DIRECTIVE_SLOTS.keep : batchKey === 'meetings' ? MEETING_SLOTS.keep : null;
  return query && rows.length > 0 ? [{ query, params: { ids: rows.map((r) => r.id) } }] : [];
}
