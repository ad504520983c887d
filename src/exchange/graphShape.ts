import type { Label } from '../store/GraphStore.js';

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

/** In write order: every node before any relationship that matches it. */
export const NODE_SHAPES: readonly NodeShape[] = [
  { label: 'Document', exportQuery: 'export_documents', linksQuery: 'export_links_from_documents', upsertQuery: 'upsert_documents', dateProperty: 'publishedOn' },
  { label: 'Meeting', exportQuery: 'export_meetings', linksQuery: 'export_links_from_meetings', upsertQuery: 'upsert_meetings', dateProperty: 'date' },
  { label: 'Directive', exportQuery: 'export_directives', linksQuery: 'export_links_from_directives', upsertQuery: 'upsert_directives', dateProperty: 'issuedOn' },
  { label: 'Organization', exportQuery: 'export_organizations', linksQuery: 'export_links_from_organizations', upsertQuery: 'upsert_organizations', dateProperty: null },
  { label: 'Person', exportQuery: 'export_people', linksQuery: 'export_links_from_people', upsertQuery: 'upsert_people', dateProperty: null },
  { label: 'Place', exportQuery: 'export_places', linksQuery: null, upsertQuery: 'upsert_places', dateProperty: null },
];

export const REL_SHAPES: readonly RelShape[] = [
  { type: 'REPORTS', from: 'Document', to: 'Meeting', linkQuery: 'link_reports', keys: [] },
  { type: 'CITES', from: 'Meeting', to: 'Directive', linkQuery: 'link_cites', keys: [] },
  { type: 'ORGANIZED', from: 'Organization', to: 'Meeting', linkQuery: 'link_organized', keys: [] },
  { type: 'PARTICIPATED', from: 'Person', to: 'Meeting', linkQuery: 'link_participated', keys: ['role'] },
  { type: 'HOLDS', from: 'Person', to: 'Organization', linkQuery: 'link_holds', keys: ['title'] },
  { type: 'ISSUED_BY', from: 'Directive', to: 'Organization', linkQuery: 'link_issued_by', keys: [] },
  { type: 'HELD_IN', from: 'Meeting', to: 'Place', linkQuery: 'link_held_in', keys: [] },
  { type: 'IMPLEMENTS', from: 'Directive', to: 'Directive', linkQuery: 'link_implements', keys: [] },
];

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
