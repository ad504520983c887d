import { badInput, limitExceeded } from '../errors.js';
import { pageSize } from '../pagination.js';
import type { PathRow } from '../../store/ApiStore.js';
import { nodeByRef } from './lookups.js';
import { isRelationshipType } from '../../graph/model.js';
import type { QueryResolvers, ResolversTypes } from '../generated/resolvers.js';
import { evidenceOf, stringProp } from './shapes.js';

export const MAX_HOPS = 4;

/**
 * Paths between two nodes: simple ones only (no node twice), each sequence of nodes and types once, shortest
 * first, from a search of both ends that follows a bounded number of relationships around hubs
 * (src/store/connections.ts says which).
 */
export const connections: QueryResolvers['connections'] = async (_, args, ctx) => {
  const maxHops = args.maxHops ?? 3;
  if (!Number.isInteger(maxHops) || maxHops < 1) throw badInput('maxHops must be 1 or more.', { argument: 'maxHops' });
  if (maxHops > MAX_HOPS) throw limitExceeded(`maxHops may be at most ${MAX_HOPS} (got ${maxHops}).`, { argument: 'maxHops', max: MAX_HOPS });
  const first = pageSize(args.first ?? 10, 50);
  const [from, to] = await Promise.all([nodeByRef(ctx, args.from), nodeByRef(ctx, args.to)]);
  if (from.id === to.id) throw badInput('from and to are the same node.');
  return (await ctx.store.connections(from.id, to.id, maxHops, first)).map(toPath);
};

function toPath(p: PathRow): ResolversTypes['Path'] {
  return {
    length: p.rels.length,
    nodes: p.nodes.map(({ label, ...n }) => ({ ...n, __typename: label })),
    relationships: p.rels.map((r) => {
      if (!isRelationshipType(r.type)) throw new Error(`A path holds a relationship of type ${r.type}, which the graph model does not know`);
      return {
        type: r.type,
        from: r.from,
        to: r.to,
        role: stringProp(r, 'role'),
        title: stringProp(r, 'title'),
        evidence: typeof r.documentId === 'string' ? evidenceOf(r) : null,
      };
    }),
  };
}
