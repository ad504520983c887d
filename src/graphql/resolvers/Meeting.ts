import type { NodeProps } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { distinctNodes, type CitationParent, type ParticipationParent } from './shapes.js';

export const Meeting = {
  period: (m: NodeProps) => {
    const year = typeof m.year === 'number' ? m.year : typeof m.date === 'string' ? Number(m.date.slice(0, 4)) : null;
    const part = (m.part as string | undefined) ?? null;
    return year === null && part === null ? null : { year, part };
  },
  place: async (m: NodeProps, _: unknown, ctx: Context) => (await ctx.loaders.related.meeting_place.load(m.id))[0]?.node ?? null,
  organizers: async (m: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.meeting_organizers.load(m.id)),
  participants: async (m: NodeProps, _: unknown, ctx: Context): Promise<ParticipationParent[]> =>
    (await ctx.loaders.related.meeting_participants.load(m.id)).map((r) => ({ person: r.node, meeting: m, rel: r.rel })),
  citations: async (m: NodeProps, _: unknown, ctx: Context): Promise<CitationParent[]> =>
    (await ctx.loaders.related.meeting_citations.load(m.id)).map((r) => ({ meeting: m, directive: r.node, rel: r.rel })),
  documents: async (m: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.meeting_documents.load(m.id)),
};
