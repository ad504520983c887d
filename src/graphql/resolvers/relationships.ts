import { hasSentenceBounds, sentenceOf } from '../../graph/evidence.js';
import type { Context } from '../context.js';
import type { CitationResolvers, EvidenceResolvers, ParticipationResolvers, PositionResolvers } from '../generated/resolvers.js';
import { evidenceOf, roleOf, stringProp } from './shapes.js';

// The relationship types: both ends come with the parent; the evidence is the relationship's own properties,
// its sentence cut from the document's text (src/graph/evidence.ts).

const documentOf = (rel: Record<string, unknown>, ctx: Context) => {
  const id = stringProp(rel, 'documentId');
  return id === null ? null : ctx.loaders.node.Document.load(id);
};

export const Citation: CitationResolvers = {
  document: (c, _, ctx) => documentOf(c.rel, ctx),
  evidence: (c) => evidenceOf(c.rel),
};

export const Participation: ParticipationResolvers = {
  role: (p) => roleOf(p.rel.role),
  evidence: (p) => evidenceOf(p.rel),
};

export const Position: PositionResolvers = {
  title: (p) => stringProp(p.rel, 'title'),
  position: (p) => stringProp(p.rel, 'position'),
  evidence: (p) => evidenceOf(p.rel),
};

export const Evidence: EvidenceResolvers = {
  document: (e, _, ctx) => (e.documentId ? ctx.loaders.node.Document.load(e.documentId) : null),
  // Cut from the document's text, read through the Document loader (one query per level, shared with `document`).
  sentence: async (e, _, ctx) => {
    if (!hasSentenceBounds(e.rel) || !e.documentId) return sentenceOf(e.rel, null);
    const doc = await ctx.loaders.node.Document.load(e.documentId);
    return sentenceOf(e.rel, typeof doc?.text === 'string' ? doc.text : null);
  },
};
