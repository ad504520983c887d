import type { MeetingResolvers } from '../generated/resolvers.js';
import { distinctNodes, periodOf } from './shapes.js';

export const Meeting: MeetingResolvers = {
  period: (m) => {
    const period = periodOf(m);
    return period.year === null && period.part === null ? null : period;
  },
  place: async (m, _, ctx) => (await ctx.loaders.related.meeting_place.load(m.id))[0]?.node ?? null,
  organizers: async (m, _, ctx) => distinctNodes(await ctx.loaders.related.meeting_organizers.load(m.id)),
  participants: async (m, _, ctx) => (await ctx.loaders.related.meeting_participants.load(m.id)).map((r) => ({ person: r.node, meeting: m, rel: r.rel })),
  citations: async (m, _, ctx) => (await ctx.loaders.related.meeting_citations.load(m.id)).map((r) => ({ meeting: m, directive: r.node, rel: r.rel })),
  documents: async (m, _, ctx) => distinctNodes(await ctx.loaders.related.meeting_documents.load(m.id)),
};
