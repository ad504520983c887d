import type { NodeProps, Related } from '../../store/GraphStore.js';

// The parent objects of the relationship types (Citation, Participation, Position):
// the two ends and the relationship's own properties, which carry the evidence.

export interface CitationParent {
  meeting: NodeProps;
  directive: NodeProps;
  rel: Record<string, unknown>;
}

export interface ParticipationParent {
  person: NodeProps;
  meeting: NodeProps;
  rel: Record<string, unknown>;
}

export interface PositionParent {
  person: NodeProps;
  organization: NodeProps;
  rel: Record<string, unknown>;
}

export interface EvidenceParent {
  documentId: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
}

export function evidenceOf(rel: Record<string, unknown>): EvidenceParent {
  return {
    documentId: String(rel.documentId ?? ''),
    sentence: (rel.sentence as string | undefined) ?? null,
    start: typeof rel.start === 'number' ? rel.start : null,
    end: typeof rel.end === 'number' ? rel.end : null,
  };
}

/** Other ends of a relationship, each node once, in the order first seen. */
export function distinctNodes(related: Related[]): NodeProps[] {
  const seen = new Map<string, NodeProps>();
  for (const r of related) if (!seen.has(r.node.id)) seen.set(r.node.id, r.node);
  return [...seen.values()];
}
