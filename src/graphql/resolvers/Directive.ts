import type { DirectiveResolvers } from '../generated/resolvers.js';
import { decodeCursor, pageSize, toConnection } from '../pagination.js';
import { distinctNodes } from './shapes.js';

export const Directive: DirectiveResolvers = {
  citedBy: async (d, args, ctx) => {
    const limit = pageSize(args.first);
    const cursor = decodeCursor(args.after);
    // One query for the pages of every directive at this level (keyset on meeting id).
    const rows = await ctx.loaders.citedByPage.load({ id: d.id, after: cursor?.id ?? null, limit: limit + 1 });
    const keyed = rows.map((r) => ({ node: r.node, key: r.node.id, edge: { citation: { meeting: r.node, directive: d, rel: r.rel } } }));
    return toConnection(keyed, limit, () => ctx.loaders.citationCount.load(d.id), cursor);
  },
  citationCount: (d, _, ctx) => ctx.loaders.citationCount.load(d.id),
  implements: async (d, _, ctx) => distinctNodes(await ctx.loaders.related.directive_implements.load(d.id)),
  implementedBy: async (d, _, ctx) => distinctNodes(await ctx.loaders.related.directive_implemented_by.load(d.id)),
  issuedBy: async (d, _, ctx) => distinctNodes(await ctx.loaders.related.directive_issuers.load(d.id)),
};
