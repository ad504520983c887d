import type { Context } from '../context.js';
import { EngineError } from '../../engine/errors.js';
import { badInput, limitExceeded } from '../errors.js';
import { pageSize } from '../pagination.js';
import type { PathRow } from '../../store/ApiStore.js';
import { nodeByRef } from './lookups.js';
import { isRelationshipType } from '../../graph/model.js';
import type { QueryResolvers, ResolversTypes } from '../generated/resolvers.js';
import { evidenceOf, stringProp } from './shapes.js';

export const MAX_HOPS = 4;

/**
 * Paths between two nodes: simple ones only (no node twice), each sequence once,
 * shortest first. The shortest come from allShortestPaths (cheap); longer ones are
 * enumerated only when the page is not full yet.
 */
export const connections: QueryResolvers['connections'] = async (_, args, ctx) => {
  const maxHops = args.maxHops ?? 3;
  if (!Number.isInteger(maxHops) || maxHops < 1) throw badInput('maxHops must be 1 or more.', { argument: 'maxHops' });
  if (maxHops > MAX_HOPS) throw limitExceeded(`maxHops may be at most ${MAX_HOPS} (got ${maxHops}).`, { argument: 'maxHops', max: MAX_HOPS });
  const first = pageSize(args.first ?? 10, 50);
  const [from, to] = await Promise.all([nodeByRef(ctx, args.from), nodeByRef(ctx, args.to)]);
  if (from.id === to.id) throw badInput('from and to are the same node.');
  const rows = await ctx.store.shortestPaths(from.id, to.id, maxHops, first);
  const shortest = rows[0]?.rels.length;
  if (shortest !== undefined && rows.length < first && shortest < maxHops) {
    // Paths that revisit a node are dropped below, so ask for more than one page.
    rows.push(...(await longerPaths(ctx, from.id, to.id, shortest + 1, maxHops, first * 5)));
  }
  const seen = new Set<string>();
  const out: PathRow[] = [];
  for (const p of rows) {
    const ids = p.nodes.map((n) => n.id);
    if (new Set(ids).size !== ids.length) continue;
    const signature = ids.join('|') + '#' + p.rels.map((r) => r.type).join('|');
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push(p);
    if (out.length === first) break;
  }
  return out.map(toPath);
};

/**
 * Longer paths are a bonus on top of the shortest: when the engine refuses to
 * enumerate them (Grafeo caps a path search's memory), the shortest still answer.
 */
async function longerPaths(ctx: Context, from: string, to: string, minHops: number, maxHops: number, limit: number): Promise<PathRow[]> {
  if (maxHops !== 2 && maxHops !== 3 && maxHops !== 4) return [];
  try {
    return await ctx.store.paths(from, to, minHops, maxHops, limit);
  } catch (error) {
    if (error instanceof EngineError && error.failure === 'resource_limit') return [];
    throw error;
  }
}

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
