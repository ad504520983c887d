import { exportLinksQuery, exportQuery, importUpsertQuery, LABELS, linkQuery, NODES, RELATIONSHIP_TYPES, RELATIONSHIPS, type Label } from '../graph/model.js';

// What a dump knows about the graph (docs/graph-model.md): for each label the
// query that pages it out, the upsert that writes it back and its date
// property; for each relationship type its end labels, the link query that
// writes it and the properties it is merged on besides documentId.

export interface NodeShape {
  label: Label;
  exportQuery: string;
  /** Pages the relationships leaving nodes of this label; null when none leave it. */
  linksQuery: string | null;
  upsertQuery: string;
  /** Stored with date() (a Neo4j date), travels as an ISO string 'YYYY-MM-DD'. */
  dateProperty: string | null;
}

export interface RelShape {
  type: string;
  from: Label;
  to: Label;
  linkQuery: string;
  /** Merge keys besides documentId (one PARTICIPATED per role, one HOLDS per title). */
  keys: string[];
}

/** In write order: every node before any relationship that matches it (both lists from src/graph/model.ts). */
export const NODE_SHAPES: readonly NodeShape[] = LABELS.map((label) => ({
  label,
  exportQuery: exportQuery(label),
  linksQuery: exportLinksQuery(label),
  upsertQuery: importUpsertQuery(label),
  dateProperty: NODES[label].dateProperty,
}));

export const REL_SHAPES: readonly RelShape[] = RELATIONSHIP_TYPES.map((type) => ({
  type,
  from: RELATIONSHIPS[type].from,
  to: RELATIONSHIPS[type].to,
  linkQuery: linkQuery(type),
  keys: [...RELATIONSHIPS[type].mergeKeys],
}));

export function nodeShape(label: string): NodeShape {
  const shape = NODE_SHAPES.find((s) => s.label === label);
  if (!shape) throw new Error(`Unknown node label '${label}' (src/exchange/graphShape.ts lists the labels a dump can hold)`);
  return shape;
}

export function relShape(type: string): RelShape {
  const shape = REL_SHAPES.find((s) => s.type === type);
  if (!shape) throw new Error(`Unknown relationship type '${type}' (src/exchange/graphShape.ts lists the types a dump can hold)`);
  return shape;
}
