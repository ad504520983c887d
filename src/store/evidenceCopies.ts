import type { CypherEngine, Row, Statement } from '../engine/CypherEngine.js';
import { sentenceBounds } from '../graph/evidence.js';
import { isRelationshipType, linkQuery, nodesByIdsQuery, RELATIONSHIPS, type RelationshipType } from '../graph/model.js';

// Relationships written before evidence was stored once (src/graph/evidence.ts) carry a copy of
// their sentence; `kg migrate` (GraphStore.migrate) and `kg import` move each to the bounds of
// that sentence in its document's text, through the import's own link_<type> MERGE, whose
// `sentence: null` removes the copy. A sentence its document's text does not hold keeps its copy
// (the API reads either). On a current store this is one read that finds nothing.

/** Relationships read and written per transaction. */
const PAGE_SIZE = 1000;

export interface MovedEvidence {
  /** Copies replaced by bounds. */
  moved: number;
  /** Copies kept: the document or its text is missing, or the text does not hold the sentence. */
  kept: number;
}

export async function moveEvidenceCopies(engine: CypherEngine, pageSize = PAGE_SIZE): Promise<MovedEvidence> {
  const out: MovedEvidence = { moved: 0, kept: 0 };
  for (;;) {
    const rows = await engine.read('evidence_copies', { skip: out.kept, limit: pageSize });
    if (rows.length === 0) break;
    const documentIds = [...new Set(rows.map((r) => String(propsOf(r).documentId)))];
    const docs = await engine.read(nodesByIdsQuery('Document'), { ids: documentIds });
    const texts = new Map(docs.map((d) => [String(d.id), (d.node as Record<string, unknown> | null)?.text]));
    const byType = new Map<RelationshipType, Row[]>();
    for (const r of rows) {
      const props = propsOf(r);
      const text = texts.get(String(props.documentId));
      const type = r.type;
      const bounds = typeof text === 'string' && typeof props.sentence === 'string' ? sentenceBounds(text, props.sentence, Number(props.start ?? 0)) : null;
      if (!bounds || !isRelationshipType(type)) {
        out.kept++;
        continue;
      }
      const row: Row = { from: r.from, to: r.to, documentId: props.documentId, props: { ...bounds, sentence: null } };
      for (const k of RELATIONSHIPS[type].mergeKeys) row[k] = props[k];
      const list = byType.get(type) ?? [];
      list.push(row);
      byType.set(type, list);
      out.moved++;
    }
    const statements: Statement[] = [...byType].map(([type, list]) => ({ query: linkQuery(type), params: { rows: list } }));
    if (statements.length > 0) await engine.write(statements);
    if (rows.length < pageSize) break;
  }
  return out;
}

function propsOf(row: Row): Record<string, unknown> {
  return (row.props ?? {}) as Record<string, unknown>;
}
