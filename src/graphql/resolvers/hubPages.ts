import type { NodeProps } from '../../store/GraphStore.js';
import type { EdgePagedRelationship, PagedEdge, PagedRelationship } from '../../store/ApiStore.js';
import type { Context } from '../context.js';
import { decodeCursor, encodeCursor, pageInfoOf, pageSize, toConnection, type Connection } from '../pagination.js';

// Lists on hub nodes (a province's meetings, a Politburo's directives) a page at a
// time: one query per level for every parent, the total read with the page.

export async function relatedPage(
  ctx: Context,
  relationship: PagedRelationship,
  id: string,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<NodeProps>> {
  const limit = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const page = await ctx.loaders.relatedPage[relationship].load({ id, afterKey: cursor?.key ?? null, afterId: cursor?.id ?? null, limit: limit + 1 });
  return toConnection(page.items, limit, () => Promise.resolve(page.total), cursor);
}

/**
 * A node's relationships a page at a time, cut in the database (Person.positionConnection, participationConnection):
 * one query per level for every parent; the count, one more, only when asked. A cursor is the other end's id and the
 * relationship's own key (a title, a role), since one node can be reached twice.
 */
export async function edgePage<T>(
  ctx: Context,
  relationship: EdgePagedRelationship,
  id: string,
  args: { first?: number | null; after?: string | null },
  toNode: (edge: PagedEdge) => T,
): Promise<Connection<T>> {
  const limit = pageSize(args.first);
  const cursor = decodeCursor(args.after);
  const rows = await ctx.loaders.edgePage[relationship].load({ id, afterKey: cursor?.key ?? null, afterId: cursor?.id ?? null, limit: limit + 1 });
  const edges = rows.slice(0, limit).map((r) => ({ cursor: encodeCursor({ key: r.key, id: r.id }), node: toNode(r) }));
  return {
    nodes: edges.map((e) => e.node),
    edges,
    pageInfo: pageInfoOf(edges, rows.length > limit, cursor !== null),
    totalCount: () => ctx.loaders.edgeCount[relationship].load(id),
  };
}
