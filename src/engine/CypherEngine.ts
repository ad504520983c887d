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

export interface CypherEngine {
  readonly name: EngineName;
  /** Runs a named query in a read transaction. */
  read(query: string, params?: Params): Promise<Row[]>;
  /** Runs named queries in order in one write transaction: all of them commit, or none does. */
  write(statements: Statement[]): Promise<Row[][]>;
  /** Runs each statement of a multi-statement schema file, each on its own (DDL cannot share a transaction with data). */
  applySchema(query: string): Promise<void>;
  close(): Promise<void>;
}
