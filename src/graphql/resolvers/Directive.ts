import type { NodeProps } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { decodeCursor, pageSize, toConnection } from '../pagination.js';
import { distinctNodes } from './shapes.js';

export const Directive = {
  citedBy: async (d: NodeProps, args: { first?: number | null; after?: string | null }, ctx: Context) => {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after)?.id ?? null;
    // One query for the pages of every directive at this level (keyset on meeting id).
    const rows = await ctx.loaders.citedByPage.load({ id: d.id, after, limit: limit + 1 });
    const keyed = rows.map((r) => ({ node: r.node, key: r.node.id, edge: { citation: { meeting: r.node, directive: d, rel: r.rel } } }));
    return toConnection(keyed, limit, () => ctx.loaders.citationCount.load(d.id));
  },
  citationCount: (d: NodeProps, _: unknown, ctx: Context) => ctx.loaders.citationCount.load(d.id),
  implements: async (d: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.directive_implements.load(d.id)),
  implementedBy: async (d: NodeProps, _: unknown, ctx: Context) =>
    distinctNodes(await ctx.loaders.related.directive_implemented_by.load(d.id)),
  issuedBy: async (d: NodeProps, _: unknown, ctx: Context) => distinctNodes(await ctx.loaders.related.directive_issuers.load(d.id)),
};
