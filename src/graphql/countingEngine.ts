import type { CypherEngine, FollowUp, Params, Row, Statement } from '../engine/CypherEngine.js';

/** One call that reached the database: the query name and how many keys it carried. */
export interface RoundTrip {
  query: string;
  /** Size of the batch (length of the first list parameter), 1 for a single call. */
  keys: number;
}

/**
 * Wraps the shared engine for one request and records every call that reaches
 * the database, so a response can report its cost and tests can see the batches
 * DataLoader made (a count of real calls, not a mock).
 */
export class CountingEngine implements CypherEngine {
  readonly calls: RoundTrip[] = [];

  constructor(private readonly inner: CypherEngine) {}

  get name() {
    return this.inner.name;
  }

  get roundTrips(): number {
    return this.calls.length;
  }

  read(query: string, params: Params = {}): Promise<Row[]> {
    this.calls.push({ query, keys: batchSize(params) });
    return this.inner.read(query, params);
  }

  write(statements: Statement[]): Promise<Row[][]> {
    // One write transaction is one round trip, however many statements it holds.
    this.calls.push({ query: statements.map((s) => s.query).join('+'), keys: statements.length });
    return this.inner.write(statements);
  }

  writeThen(first: Statement[], then: FollowUp): Promise<Row[][]> {
    // One write transaction, whose follow-up statements go in a second round trip when there are any.
    this.calls.push({ query: first.map((s) => s.query).join('+'), keys: first.length });
    return this.inner.writeThen(first, then);
  }

  applySchema(query: string): Promise<void> {
    return this.inner.applySchema(query);
  }

  /** The wrapped engine outlives the request: closing it is the server's job. */
  async close(): Promise<void> {}
}

function batchSize(params: Params): number {
  const list = Object.values(params).find(Array.isArray);
  return list ? list.length : 1;
}
