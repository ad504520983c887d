import type { NodeProps } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { distinctNodes, type ParticipationParent, type PositionParent } from './shapes.js';

export const Person = {
  positions: async (p: NodeProps, _: unknown, ctx: Context): Promise<PositionParent[]> =>
    (await ctx.loaders.related.person_positions.load(p.id)).map((r) => ({ person: p, organization: r.node, rel: r.rel })),
  meetings: async (p: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.person_meetings.load(p.id)),
  participations: async (p: NodeProps, _: unknown, ctx: Context): Promise<ParticipationParent[]> =>
    (await ctx.loaders.related.person_meetings.load(p.id)).map((r) => ({ person: p, meeting: r.node, rel: r.rel })),
};
