import type { NodeProps } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { distinctNodes, type PositionParent } from './shapes.js';
import { toTimeline } from './timeline.js';

export const Organization = {
  members: async (o: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.organization_members.load(o.id)),
  positions: async (o: NodeProps, _: unknown, ctx: Context): Promise<PositionParent[]> =>
    (await ctx.loaders.related.organization_members.load(o.id)).map((r) => ({ person: r.node, organization: o, rel: r.rel })),
  organized: (o: NodeProps, _: unknown, ctx: Context) => ctx.loaders.timeline.load(o.id),
  issued: async (o: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.organization_issued.load(o.id)),
  timeline: async (o: NodeProps, _: unknown, ctx: Context) => toTimeline(await ctx.loaders.timeline.load(o.id)),
};
