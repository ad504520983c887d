// What a query returns and how it filters, read with the parser of Neo4j's own
// language support (the same front end as the Cypher lint), not with regexes: a
// RETURN inside COUNT {…} or CALL {…} is not the query's, and a UNION has one per branch.
import { getDebugTree, type SimpleTree } from '@neo4j-cypher/language-support';

// Clauses whose RETURN belongs to a subquery, not to the query.
const SUBQUERY = new Set(['subqueryClause', 'countExpression', 'existsExpression', 'collectExpression']);
const BOOLEAN = new Set(['AND', 'OR', 'XOR']);

function leaves(node: SimpleTree): string[] {
  return node.children?.length ? node.children.flatMap(leaves) : [node.name];
}

function find(node: SimpleTree, name: string, skip: ReadonlySet<string> = new Set()): SimpleTree[] {
  if (node.name === name) return [node];
  if (skip.has(node.name)) return [];
  return (node.children ?? []).flatMap((c) => find(c, name, skip));
}

const unquote = (name: string): string => name.replace(/^`|`$/g, '');

/**
 * The columns of each RETURN of the query itself (one list per UNION branch), in order;
 * null for `RETURN *`, whose columns the text does not name.
 */
export function returnColumns(cypher: string): Array<string[] | null> {
  return find(getDebugTree(cypher), 'returnClause', SUBQUERY).map((clause) => {
    const items = find(clause, 'returnItems')[0];
    if (!items || items.children?.some((c) => c.name === '*')) return null;
    return (items.children ?? [])
      .filter((c) => c.name === 'returnItem')
      .map((item) => {
        const parts = item.children ?? [];
        const asAt = parts.findIndex((p) => p.name === 'AS');
        const named = asAt >= 0 ? parts[asAt + 1] : parts[0];
        return unquote(named ? leaves(named).join('') : '');
      });
  });
}

/**
 * Every WHERE of the query that combines conditions (AND, OR, XOR), as its tokens joined
 * by single spaces: the filters worth keeping in one place. A single condition
 * (`WHERE n.id = $id`) is how a pattern is written, not a filter to share.
 */
export function compoundWhereBlocks(cypher: string): string[] {
  return find(getDebugTree(cypher), 'whereClause')
    .map(leaves)
    .filter((tokens) => tokens.some((t) => BOOLEAN.has(t.toUpperCase())))
    .map((tokens) => tokens.join(' '));
}
