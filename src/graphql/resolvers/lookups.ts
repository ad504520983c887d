import type { Label, NodeProps } from '../../store/GraphStore.js';
import type { Context } from '../context.js';
import { notFound } from '../errors.js';
import { labelOfId } from '../../graph/model.js';

// Finding the node a client names: by id, or a directive by key.

export async function mustLoad(ctx: Context, label: Label, id: string): Promise<NodeProps> {
  const node = await ctx.loaders.node[label].load(id);
  if (!node) throw notFound(label.toLowerCase(), id);
  return node;
}

/** The newest era first: by year, then numeric era, then id. */
export function newestFirst(a: NodeProps, b: NodeProps): number {
  return eraValue(b) - eraValue(a) || String(b.id).localeCompare(String(a.id));
}

function eraValue(n: NodeProps): number {
  if (typeof n.year === 'number') return n.year;
  const era = Number(n.era);
  return Number.isFinite(era) ? era : 0;
}

/** Every directive a reference names: the one with that id, or all eras of that key. */
export async function directivesNamed(ctx: Context, ref: string): Promise<NodeProps[]> {
  const [byId, byKey] = await Promise.all([ctx.loaders.node.Directive.load(ref), ctx.loaders.directivesByKey.load(ref)]);
  const all = new Map<string, NodeProps>();
  if (byId) all.set(byId.id, byId);
  for (const n of byKey) all.set(n.id, n);
  if (all.size === 0) throw notFound('directive', ref);
  return [...all.values()].sort(newestFirst);
}

/** One directive: the id given, or the newest era of the key. */
export async function directiveByRef(ctx: Context, ref: string): Promise<NodeProps> {
  const [newest, ...older] = await directivesNamed(ctx, ref);
  if (!newest) throw notFound('directive', ref); // directivesNamed already refuses an empty list
  return [newest, ...older].find((n) => n.id === ref) ?? newest;
}

/** Any node by id; a directive also by key. */
export async function nodeByRef(ctx: Context, ref: string): Promise<NodeProps & { __typename: Label }> {
  const label = labelOfId(ref);
  const node = label === 'Directive' ? await directiveByRef(ctx, ref) : await mustLoad(ctx, label, ref);
  return { ...node, __typename: label };
}
