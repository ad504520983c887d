import { badInput, limitExceeded } from './errors.js';

/** Largest page a client may ask for; more is refused rather than silently cut. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

/** Checks `first`: 0…MAX_PAGE, else a clear LIMIT_EXCEEDED / BAD_INPUT error. */
export function pageSize(first: number | null | undefined, max = MAX_PAGE): number {
  const n = first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 0) throw badInput(`first must be a whole number from 0 to ${max} (got ${n}).`, { argument: 'first' });
  if (n > max) {
    throw limitExceeded(`first may be at most ${max} (got ${n}); ask for the next page with after: pageInfo.endCursor.`, {
      argument: 'first',
      max,
    });
  }
  return n;
}

/** A keyset position: the sort key and id of the last node of the previous page. */
export interface Position {
  key: string;
  id: string;
}

/** Cursors are opaque to clients: base64url of the keyset position. */
export function encodeCursor(p: Position): string {
  return Buffer.from(JSON.stringify([p.key, p.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): Position | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`after: '${cursor}' is not a cursor from this API (use pageInfo.endCursor or edges.cursor).`, { argument: 'after' });
}

export interface Keyed<T, E extends object = object> {
  node: T;
  key: string;
  /** Extra edge fields (Directive.citedBy: the citation with its evidence). */
  edge?: E;
}

export type Edge<T, E extends object = object> = { cursor: string; node: T } & Partial<E>;

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T, E extends object = object> {
  nodes: T[];
  edges: Array<Edge<T, E>>;
  pageInfo: PageInfo;
  /** Counted only when asked for: one more round trip (the default resolver calls it). */
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from `limit + 1` rows read past the cursor (the extra row tells whether more follow).
 * Pages only go forward, so a page has nodes before it exactly when it was asked for after a cursor.
 */
export function toConnection<T extends { id: string }, E extends object = object>(
  rows: Array<Keyed<T, E>>,
  limit: number,
  count: () => Promise<number>,
  after: Position | null,
): Connection<T, E> {
  const page = rows.slice(0, limit);
  const edges = page.map((r): Edge<T, E> => Object.assign({}, r.edge, { cursor: encodeCursor({ key: r.key, id: r.node.id }), node: r.node }));
  return { nodes: page.map((r) => r.node), edges, pageInfo: pageInfoOf(edges, rows.length > limit, after !== null), totalCount: count };
}

/** The pageInfo of a page of edges: more rows came back than the page holds, or it started after a cursor. */
export function pageInfoOf(edges: ReadonlyArray<{ cursor: string }>, hasNextPage: boolean, hasPreviousPage: boolean): PageInfo {
  return { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}
