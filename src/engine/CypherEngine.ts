// The port every storage adapter implements: run one named query from cypher/
// with parameters, in a read or a write transaction, and get plain JS rows back
// (numbers, strings, booleans, null, arrays, plain objects; dates as ISO strings).

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** One statement of a write transaction. */
export interface Statement {
  query: string;
  params: Params;
}

export type EngineName = 'grafeo' | 'neo4j';

/** Statements made from the rows the first statements of a write transaction returned, run after them in it. */
export type FollowUp = (rows: Row[][]) => Statement[];

export interface CypherEngine {
  readonly name: EngineName;
  /** Runs a named query in a read transaction. */
  read(query: string, params?: Params): Promise<Row[]>;
  /** Runs named queries in order in one write transaction: all of them commit, or none does. */
  write(statements: Statement[]): Promise<Row[][]>;
  /**
   * Runs `first`, then the statements `then` makes from their rows, in one write transaction (two round
   * trips at most; none more when `then` makes none). Rows of all of them, in order. `then` may run again
   * when the transaction is retried, so it must be pure.
   */
  writeThen(first: Statement[], then: FollowUp): Promise<Row[][]>;
  /** Runs each statement of a multi-statement schema file, each on its own (DDL cannot share a transaction with data). */
  applySchema(query: string): Promise<void>;
  close(): Promise<void>;
}
