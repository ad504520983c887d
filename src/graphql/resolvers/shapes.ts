import type { NodeProps, Related } from '../../store/GraphStore.js';
import type { OrganizationScope, ParticipationRole, PeriodPart } from '../generated/resolvers.js';
import type { Connection, Edge } from '../pagination.js';

// What resolvers receive as parents (codegen.ts maps the GraphQL types to these).
// The relationship types (Citation, Participation, Position): the two ends and the
// relationship's own properties, which carry the evidence.

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

/** A relationship's evidence as stored (src/graph/evidence.ts): its sentence is cut from the document's text when it has no copy. */
export interface EvidenceParent {
  documentId: string;
  /** The relationship's own properties: `sentenceStart`/`sentenceEnd`, or the `sentence` copy of a store written before. */
  rel: Record<string, unknown>;
  start: number | null;
  end: number | null;
}

/** CitationCount before its directive and place are loaded. */
export interface CountRow {
  directiveId: string;
  year: number | null;
  part: string | null;
  placeId: string | null;
  count: number;
}

export interface CoCitationParent {
  directive: NodeProps;
  count: number;
  meetingIds: string[];
}

export interface PeriodParent {
  year: number | null;
  part: PeriodPart | null;
}

export interface TimelineParent {
  period: PeriodParent;
  meetingCount: number;
  meetings: NodeProps[];
}

/** Under Directive.citedBy an edge carries the citation; elsewhere it has none. */
export interface CitationEdge {
  citation: CitationParent;
}

export type NodeConnectionParent = Connection<NodeProps>;
export type NodeEdgeParent = Edge<NodeProps>;
export type MeetingConnectionParent = Connection<NodeProps, CitationEdge>;
export type MeetingEdgeParent = Edge<NodeProps, CitationEdge>;
export type PositionConnectionParent = Connection<PositionParent>;
export type PositionEdgeParent = Edge<PositionParent>;
export type ParticipationConnectionParent = Connection<ParticipationParent>;
export type ParticipationEdgeParent = Edge<ParticipationParent>;

/** A string property of a node or relationship, null when absent or of another type. */
export function stringProp(props: Record<string, unknown>, name: string): string | null {
  const v = props[name];
  return typeof v === 'string' ? v : null;
}

const PERIOD_PARTS: ReadonlySet<string> = new Set<PeriodPart>(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'M9', 'Y']);
const isPeriodPart = (v: unknown): v is PeriodPart => typeof v === 'string' && PERIOD_PARTS.has(v);

/** A stored period part, null when absent (or not one the schema knows). */
export function periodPartOf(v: unknown): PeriodPart | null {
  return isPeriodPart(v) ? v : null;
}

/** A meeting's reporting period: its year (else the year of its date) and part. */
export function periodOf(m: NodeProps): PeriodParent {
  const year = typeof m.year === 'number' ? m.year : typeof m.date === 'string' ? Number(m.date.slice(0, 4)) : null;
  return { year, part: periodPartOf(m.part) };
}

/** Stored lower case (`national`), named upper case in the schema. */
export function scopeOf(v: unknown): OrganizationScope | null {
  return v === 'national' ? 'NATIONAL' : v === 'local' ? 'LOCAL' : null;
}

const ROLES: Readonly<Record<string, ParticipationRole>> = {
  chair: 'CHAIR',
  directed: 'DIRECTED',
  attended: 'ATTENDED',
  concluded: 'CONCLUDED',
  spoke: 'SPOKE',
};

/** A stored PARTICIPATED role (`chair`) as the schema names it (CHAIR). */
export function roleOf(v: unknown): ParticipationRole {
  const role = typeof v === 'string' ? ROLES[v] : undefined;
  if (!role) throw new Error(`A stored PARTICIPATED role ${JSON.stringify(v)} is not one the schema knows`);
  return role;
}

export function evidenceOf(rel: Record<string, unknown>): EvidenceParent {
  return {
    documentId: String(rel.documentId ?? ''),
    rel,
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
