// Checks over the query files that need Neo4j's parser (scripts/cypherShape.ts),
// so they run in the Cypher lint rather than when the app loads its catalog.
import { relative } from 'node:path';
import type { NamedQuery, QueryFileEntry } from '../src/engine/QueryCatalog.js';
import { compoundWhereBlocks, returnColumns } from './cypherShape.js';

export interface CheckedQuery {
  entry: QueryFileEntry;
  query: NamedQuery;
}

const shown = (q: CheckedQuery): string => relative(process.cwd(), q.entry.file);
// DDL files and Grafeo's own dialect return nothing the header could promise.
const returnsRows = (q: CheckedQuery): boolean => !q.query.statements && !/^\/\/\s*@dialect\s+grafeo\b/m.test(q.query.text);

/** `@returns` names exactly the columns of the query's RETURN (of every UNION branch), in order; no RETURN, no @returns. */
export function checkReturnColumns(queries: CheckedQuery[]): string[] {
  const problems: string[] = [];
  for (const q of queries.filter(returnsRows)) {
    const declared = JSON.stringify(q.query.returns);
    const branches = returnColumns(q.query.text);
    if (branches.length === 0 && q.query.returns.length > 0) problems.push(`${shown(q)}: @returns ${q.query.returns.join(', ')}, but the query has no RETURN`);
    for (const columns of branches) {
      if (columns === null) problems.push(`${shown(q)}: RETURN * (name the columns, so the header can promise them)`);
      else if (JSON.stringify(columns) !== declared)
        problems.push(`${shown(q)}: RETURN gives ${columns.join(', ') || 'nothing'}, @returns says ${q.query.returns.join(', ') || 'nothing'}`);
    }
  }
  return problems;
}

// Keyset cursors are written the same way wherever a list is paged: that guard is the
// idiom of a page, not a filter on the data.
const CURSOR_ONLY = /^(?:[^$]|\$\s*after\w*\b)*$/;

/**
 * A compound filter (conditions joined by AND/OR, beyond a keyset cursor) lives in one file:
 * a copy is a filter that will be changed in one place and not the other. The versions of one
 * query for different engines are the same query, so they may share it.
 */
export function checkCopiedFilters(queries: CheckedQuery[]): string[] {
  const where = new Map<string, CheckedQuery[]>();
  for (const q of queries.filter(returnsRows)) {
    for (const block of new Set(compoundWhereBlocks(q.query.text))) {
      if (CURSOR_ONLY.test(block) || block.split(/\b(?:AND|OR|XOR)\b/i).length < 3) continue;
      where.set(block, [...(where.get(block) ?? []), q]);
    }
  }
  const problems: string[] = [];
  for (const [block, files] of where) {
    if (new Set(files.map((f) => f.entry.name)).size > 1) {
      problems.push(`the same filter is written in ${files.map(shown).join(', ')}: keep it in one query (${block.slice(0, 80)}…)`);
    }
  }
  return problems;
}
