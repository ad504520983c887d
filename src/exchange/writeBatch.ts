import type { CypherEngine, Statement } from '../engine/CypherEngine.js';
import { DERIVED_COUNTS, MEETING_DAYS, NODES } from '../graph/model.js';
import { keepNameBuckets, nameBucketsOf } from '../graph/nameBuckets.js';
import { CITATION_BUCKETS, CITATION_PERIODS, keepCitationBuckets, keepCitationPeriods } from '../graph/citationBuckets.js';
import { keepSlots, slotPropertyOf } from '../graph/orderedSlots.js';
import { nodeShape, relShape } from './graphShape.js';
import type { Batch } from './records.js';
import { assertCalendarDates } from '../graph/calendarDates.js';

const COUNTS = Object.entries(DERIVED_COUNTS);

/**
 * Writes one batch read from a dump through the app's own named writes
 * (upsert_* / link_*), in one transaction, so an import merges exactly as an
 * ingest does, on either engine. Counts the store keeps (DERIVED_COUNTS) are not
 * read from the dump but counted again, in the same transaction, for the nodes a
 * relationship batch reaches.
 */
export async function writeBatch(engine: CypherEngine, batch: Batch): Promise<void> {
  if (batch.records.length === 0) return;
  if (batch.kind === 'nodes') {
    const shape = nodeShape(batch.label);
    const date = shape.dateProperty;
    const derived = new Set<string>(COUNTS.filter(([, c]) => c.label === batch.label).map(([name]) => name));
    if (batch.label === 'Meeting') derived.add(MEETING_DAYS.property);
    const names = nameBucketsOf(batch.label);
    if (names) derived.add(names.property);
    if (batch.label === 'Directive') derived.add(CITATION_BUCKETS.property);
    const slot = slotPropertyOf(batch.label);
    if (slot) derived.add(slot);
    const rows = batch.records.map((r) => {
      const props = Object.fromEntries(Object.entries(r.props).filter(([k]) => k !== 'id' && !derived.has(k)));
      if (!date) return { id: r.id, props };
      const { [date]: day, ...rest } = props;
      return { id: r.id, props: rest, date: day ?? null };
    });
    assertCalendarDates(rows);
    const upsert: Statement = { query: shape.upsertQuery, params: { rows } };
    // The meetings' day buckets (MEETING_DAYS) are kept in the same transaction, as ingest keeps them.
    // So are the name buckets of people and organizations (src/graph/nameBuckets.ts), and the slots of directives and meetings (orderedSlots.ts).
    const kept = [
      ...(names ? keepNameBuckets(names.batchKey, rows) : batch.label === 'Meeting' ? keepCitationPeriods(rows, []) : []),
      ...keepSlots(NODES[shape.label].batchKey, rows),
    ];
    await engine.write(batch.label === 'Meeting' ? [upsert, { query: MEETING_DAYS.keep, params: { ids: rows.map((r) => r.id) } }, ...kept] : [upsert, ...kept]);
    return;
  }
  const shape = relShape(batch.type);
  const rows = batch.records.map((r) => {
    // A CITES's counted period is derived (src/graph/citationBuckets.ts): kept again, not read.
    const { [CITATION_PERIODS.property]: _counted, ...props } = r.props;
    const keyed: Record<string, unknown> = { from: r.from, to: r.to, documentId: r.props.documentId, props };
    for (const k of ['documentId', ...shape.keys]) {
      if (r.props[k] === undefined || r.props[k] === null) throw new Error(`${shape.type} ${r.from} -> ${r.to}: no ${k}, which it is merged on`);
      keyed[k] = r.props[k];
    }
    return keyed;
  });
  const statements: Statement[] = [{ query: shape.linkQuery, params: { rows } }];
  for (const [, count] of COUNTS) {
    if (count.relationship === batch.type) statements.push({ query: count.recount, params: { ids: [...new Set(batch.records.map((r) => r.to))] } });
  }
  // The citation buckets (src/graph/citationBuckets.ts) follow the recounts, in the same transaction.
  if (batch.type === 'CITES') statements.push(...keepCitationBuckets(batch.records), ...keepCitationPeriods([], batch.records));
  await engine.write(statements);
}
