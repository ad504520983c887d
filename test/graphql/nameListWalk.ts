import { fold } from '../../src/core/fold.js';
import type { NodeRow } from '../../src/graph/GraphBatch.js';
import { data, type App } from './helpers.js';

// The walk and the expected answer of people(name:) / organizations(name:), shared by the tests of the name
// buckets (nameBuckets.test.ts) and of the trigram index over them (nameFilterIndex.test.ts).

export interface Named {
  id: string;
  name: string;
}

export type ListField = 'people' | 'organizations';

/** Every match of `name` (or every node), walking pages of `first`, with the totalCount of each page. */
export async function walk(app: App, field: ListField, name: string | null, first: number): Promise<{ rows: Named[]; totals: Set<number> }> {
  const rows: Named[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (;;) {
    const res: Record<ListField, { totalCount: number; nodes: Named[]; pageInfo: { hasNextPage: boolean; endCursor: string } }> = await data(
      app,
      `query($after: String, $first: Int, $name: String) { ${field}(first: $first, after: $after, name: $name) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`,
      { after, first, name },
    );
    const page = res[field];
    rows.push(...page.nodes);
    totals.add(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { rows, totals };
    after = page.pageInfo.endCursor;
  }
}

/** What the lists promise: the nodes whose folded name contains the folded `name`, by folded name, then id. */
export function expected(nodes: NodeRow[], name: string | null): Named[] {
  const key = (n: NodeRow) => `${String(n.props.folded)}\u0000${n.id}`;
  return nodes
    .filter((n) => name === null || String(n.props.folded).includes(fold(name)))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .map((n) => ({ id: n.id, name: String(n.props.name) }));
}
