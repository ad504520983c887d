import type { PersonResolvers } from '../generated/resolvers.js';
import { distinctNodes } from './shapes.js';
import { edgePage, relatedPage } from './hubPages.js';

export const Person: PersonResolvers = {
  positions: async (p, _, ctx) => (await ctx.loaders.related.person_positions.load(p.id)).map((r) => ({ person: p, organization: r.node, rel: r.rel })),
  meetings: async (p, _, ctx) => distinctNodes(await ctx.loaders.related.person_meetings.load(p.id)),
  meetingConnection: (p, args, ctx) => relatedPage(ctx, 'person_meetings', p.id, args),
  positionConnection: (p, args, ctx) => edgePage(ctx, 'person_positions', p.id, args, (r) => ({ person: p, organization: r.node, rel: r.rel })),
  participationConnection: (p, args, ctx) => edgePage(ctx, 'person_participations', p.id, args, (r) => ({ person: p, meeting: r.node, rel: r.rel })),
  participations: async (p, _, ctx) => (await ctx.loaders.related.person_meetings.load(p.id)).map((r) => ({ person: p, meeting: r.node, rel: r.rel })),
};
