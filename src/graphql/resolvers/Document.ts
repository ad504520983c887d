import type { NodeProps } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { distinctNodes } from './shapes.js';

export const Document = {
  authors: (d: NodeProps) => (Array.isArray(d.authors) ? d.authors : []),
  meetings: async (d: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.document_meetings.load(d.id)),
};

export const Place = {
  meetings: async (p: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.placeMeetings.load(p.id)),
};
