import type { Context } from '../context.js';
import { evidenceOf, type CitationParent, type EvidenceParent, type ParticipationParent, type PositionParent } from './shapes.js';

// The relationship types: both ends come with the parent; the evidence is the relationship's own properties.

const documentOf = (rel: Record<string, unknown>, ctx: Context) =>
  typeof rel.documentId === 'string' ? ctx.loaders.node.Document.load(rel.documentId) : null;

export const Citation = {
  document: (c: CitationParent, _: unknown, ctx: Context) => documentOf(c.rel, ctx),
  evidence: (c: CitationParent) => evidenceOf(c.rel),
};

export const Participation = {
  role: (p: ParticipationParent) => p.rel.role,
  evidence: (p: ParticipationParent) => evidenceOf(p.rel),
};

export const Position = {
  title: (p: PositionParent) => p.rel.title ?? null,
  position: (p: PositionParent) => p.rel.position ?? null,
  evidence: (p: PositionParent) => evidenceOf(p.rel),
};

export const Evidence = {
  document: (e: EvidenceParent, _: unknown, ctx: Context) => (e.documentId ? ctx.loaders.node.Document.load(e.documentId) : null),
};
