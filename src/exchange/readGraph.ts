import type { CypherEngine } from '../engine/CypherEngine.js';
import { NODE_SHAPES, relShape } from './graphShape.js';
import { MEETING_DAYS } from '../graph/model.js';
import { nameBucketsOf } from '../graph/nameBuckets.js';
import { CITATION_BUCKETS, CITATION_PERIODS } from '../graph/citationBuckets.js';
import { slotPropertyOf } from '../graph/orderedSlots.js';
import type { Batch, Props, RelRecord } from './records.js';

/**
 * Pages the whole graph out of an engine: every label's nodes in id order,
 * then the relationships leaving each label's nodes, one page at a time with
 * keyset queries (cypher/export/), so memory holds one page, never the graph.
 */
export async function* readGraph(engine: CypherEngine, pageSize: number): AsyncGenerator<Batch> {
  for (const shape of NODE_SHAPES) {
    let after: string | null = null;
    for (;;) {
      const rows = await engine.read(shape.exportQuery, { after, limit: pageSize });
      if (rows.length === 0) break;
      const records = rows.map((r) => ({ id: String(r.id), props: dumped(shape.label, r.props as Props) }));
      yield { kind: 'nodes', label: shape.label, records };
      if (rows.length < pageSize) break;
      after = String(rows[rows.length - 1]?.id);
    }
  }
  for (const shape of NODE_SHAPES) {
    if (!shape.linksQuery) continue;
    let after: string | null = null;
    for (;;) {
      const rows = await engine.read(shape.linksQuery, { after, limit: pageSize });
      if (rows.length === 0) break;
      // One batch per relationship type within the page.
      const byType = new Map<string, RelRecord[]>();
      const starts = new Set<string>();
      for (const r of rows) {
        starts.add(String(r.from));
        if (r.type === null || r.type === undefined) continue;
        const type = relShape(String(r.type)).type;
        const list = byType.get(type) ?? [];
        // A CITES's counted period is kept with its count (src/graph/citationBuckets.ts), not dumped.
        const { [CITATION_PERIODS.property]: _counted, ...props } = (r.props ?? {}) as Props;
        list.push({ from: String(r.from), to: String(r.to), props });
        byType.set(type, list);
      }
      for (const [type, records] of byType) yield { kind: 'relationships', type, records };
      if (starts.size < pageSize) break;
      // Rows come in start-id order (the engine's own string order), so the last row holds the page's last start.
      after = String(rows[rows.length - 1]?.from);
    }
  }
}

/**
 * A node's properties as dumped: no id (the record has it), and no meeting `day`, which is kept with its
 * MeetingDay bucket (MEETING_DAYS): a store loaded from the dump (kg import, cypher-shell, neo4j-admin) gets
 * both from the meeting's date, by import or by `kg migrate`'s backfill of meetings without a day. Likewise no
 * `nameKey` of a person or organization, kept with its name bucket (src/graph/nameBuckets.ts), nor a directive's
 * `countedCitations`, kept with its citation bucket (src/graph/citationBuckets.ts), nor a directive's or meeting's
 * slot (`kindSlot`, `daySlot`: src/graph/orderedSlots.ts).
 */
function dumped(label: string, props: Props): Props {
  const { id: _id, ...all } = props;
  const slot = slotPropertyOf(label);
  const rest: Props = slot === null ? all : Object.fromEntries(Object.entries(all).filter(([k]) => k !== slot));
  const names = nameBucketsOf(label);
  if (names) {
    const { [names.property]: _bucket, ...named } = rest;
    return named;
  }
  if (label === 'Directive') {
    const { [CITATION_BUCKETS.property]: _counted, ...directive } = rest;
    return directive;
  }
  if (label !== 'Meeting') return rest;
  const { [MEETING_DAYS.property]: _day, ...meeting } = rest;
  return meeting;
}
