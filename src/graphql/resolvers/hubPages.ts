import type { NodeProps } from '../../store/GraphStore.js';
import type { PagedRelationship } from '../../store/ApiStore.js';
import type { Context } from '../context.js';
import { decodeCursor, pageSize, toConnection, type Connection } from '../pagination.js';

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
