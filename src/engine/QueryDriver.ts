import type { EngineName, Params, Row } from './CypherEngine.js';
import type { EngineFailure } from './errors.js';

// What one database must do behind the named-query engine (NamedQueryEngine.ts): send a
// text with parameters, in a read or one write transaction, and convert values both
// ways. Query lookup, parameter checks and error typing are written once, above it.

/** A statement ready to send: its name (for errors and metadata), its text, its parameters in the database's values. */
export interface BoundStatement {
  name: string;
  text: string;
  params: Params;
}

export interface QueryDriver {
  readonly name: EngineName;
  /** Runs one statement in a read transaction; rows as the database gives them. */
  read(statement: BoundStatement): Promise<unknown[]>;
  /**
   * Runs the statements in order in one write transaction, then those `then` makes from their rows (when given):
   * all commit or none; throws StatementFailed saying where.
   */
  write(statements: BoundStatement[], then?: (rows: unknown[][]) => BoundStatement[]): Promise<unknown[][]>;
  /** Runs DDL statements one by one, each on its own (DDL cannot share a transaction with data). */
  runEach(name: string, statements: string[]): Promise<void>;
  /** Plain JS parameters → the database's values. */
  toParams(params: Params): Params;
  /** One row of the database → plain JS (numbers, strings, ISO dates, plain objects). */
  toRow(row: unknown): Row;
  /** What kind of failure a database error is, read from its codes. */
  failure(error: unknown): EngineFailure;
  close(): Promise<void>;
}

/** A write transaction failed at one statement (or at 'begin' / 'commit'). */
export class StatementFailed extends Error {
  constructor(
    readonly where: string,
    options: { cause: unknown },
  ) {
    super(`${where} failed`, options);
    this.name = 'StatementFailed';
  }
}
