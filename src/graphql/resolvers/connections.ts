import type { Context } from '../context.js';
import { badInput, limitExceeded } from '../errors.js';
import { pageSize } from '../pagination.js';
import type { PathRow } from '../../store/ApiStore.js';
import { nodeByRef } from './lookups.js';
import { evidenceOf } from './shapes.js';

export const MAX_HOPS = 4;

/** Paths between two nodes: simple ones only (no node twice), each sequence once, shortest first. */
export async function connections(_: unknown, args: { from: string; to: string; maxHops?: number | null; first?: number | null }, ctx: Context) {
  const maxHops = args.maxHops ?? 3;
  if (!Number.isInteger(maxHops) || maxHops < 1) throw badInput('maxHops must be 1 or more.', { argument: 'maxHops' });
  if (maxHops > MAX_HOPS) throw limitExceeded(`maxHops may be at most ${MAX_HOPS} (got ${maxHops}).`, { argument: 'maxHops', max: MAX_HOPS });
  const first = pageSize(args.first ?? 10, 50);
  const [from, to] = await Promise.all([nodeByRef(ctx, args.from), nodeByRef(ctx, args.to)]);
  if (from.id === to.id) throw badInput('from and to are the same node.');
  // Paths that revisit a node are dropped below, so ask for more than one page.
  const rows = await ctx.store.paths(from.id, to.id, maxHops, first * 5);
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
  return out.map((p) => ({
    length: p.rels.length,
    nodes: p.nodes.map(({ label, ...n }) => ({ ...n, __typename: label })),
    relationships: p.rels.map((r) => ({
      type: r.type, from: r.from, to: r.to,
      role: (r.role as string | undefined) ?? null,
      title: (r.title as string | undefined) ?? null,
      evidence: typeof r.documentId === 'string' ? evidenceOf(r) : null,
    })),
  }));
}
