import type { Context } from '../context.js';
import { badInput, limitExceeded } from '../errors.js';
import { pageSize } from '../pagination.js';
import type { PathRow } from '../../store/ApiStore.js';
import { nodeByRef } from './lookups.js';
import { evidenceOf } from './shapes.js';

export const MAX_HOPS = 4;

/**
 * Paths between two nodes: simple ones only (no node twice), each sequence once,
 * shortest first. The shortest come from allShortestPaths (cheap); longer ones are
 * enumerated only when the page is not full yet.
 */
export async function connections(_: unknown, args: { from: string; to: string; maxHops?: number | null; first?: number | null }, ctx: Context) {
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
    rows.push(...(await longerPaths(ctx, from.id, to.id, shortest + 1, maxHops as 2 | 3 | 4, first * 5)));
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
}

/**
 * Longer paths are a bonus on top of the shortest: when the engine refuses to
 * enumerate them (Grafeo caps a path search's memory), the shortest still answer.
 */
async function longerPaths(ctx: Context, from: string, to: string, minHops: number, maxHops: 2 | 3 | 4, limit: number): Promise<PathRow[]> {
  try {
    return await ctx.store.paths(from, to, minHops, maxHops, limit);
  } catch (error) {
    if (/GRAFEO-Q006|variable-length pattern would hold/.test((error as Error).message)) return [];
    throw error;
  }
}

function toPath(p: PathRow) {
  return {
    length: p.rels.length,
    nodes: p.nodes.map(({ label, ...n }) => ({ ...n, __typename: label })),
    relationships: p.rels.map((r) => ({
      type: r.type, from: r.from, to: r.to,
      role: (r.role as string | undefined) ?? null,
      title: (r.title as string | undefined) ?? null,
      evidence: typeof r.documentId === 'string' ? evidenceOf(r) : null,
    })),
  };
}
