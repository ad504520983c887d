import type { OrganizationResolvers } from '../generated/resolvers.js';
import { distinctNodes, scopeOf } from './shapes.js';
import { relatedPage } from './hubPages.js';
import { toTimeline } from './timeline.js';

export const Organization: OrganizationResolvers = {
  scope: (o) => scopeOf(o.scope),
  members: async (o, _, ctx) => distinctNodes(await ctx.loaders.related.organization_members.load(o.id)),
  memberConnection: (o, args, ctx) => relatedPage(ctx, 'organization_members', o.id, args),
  positions: async (o, _, ctx) => (await ctx.loaders.related.organization_members.load(o.id)).map((r) => ({ person: r.node, organization: o, rel: r.rel })),
  organized: (o, _, ctx) => ctx.loaders.organized.load(o.id),
  organizedConnection: (o, args, ctx) => relatedPage(ctx, 'organization_organized', o.id, args),
  issued: async (o, _, ctx) => distinctNodes(await ctx.loaders.related.organization_issued.load(o.id)),
  issuedConnection: (o, args, ctx) => relatedPage(ctx, 'organization_issued', o.id, args),
  timeline: async (o, _, ctx) => toTimeline(await ctx.loaders.timeline.load(o.id)),
};
