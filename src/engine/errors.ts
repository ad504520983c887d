// Engine failures as typed errors: what went wrong in words of this project, with the
// driver's own error kept only as `cause` (for logs). Nothing above the adapters
// matches an engine's message text.

/** The embedded data file is held by another process (Grafeo locks it while open). */
export class DataFileLocked extends Error {
  constructor(
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`the data file ${path} is locked by another kg process (is \`kg serve\` running?)`, options);
    this.name = 'DataFileLocked';
  }
}

export type EngineFailure =
  /** The database cannot be reached (down, network, session expired). */
  | 'unavailable'
  /** The credentials were refused. */
  | 'unauthorized'
  /** The engine refused the query text or its parameters (a bug on our side). */
  | 'bad_query'
  /** A uniqueness constraint or a concurrent write refused the transaction. */
  | 'conflict'
  /** The engine ran out of a budget (memory, a path search's size, time). */
  | 'resource_limit'
  /** Anything else. */
  | 'failed';

/** A named query (or write transaction) failed in an engine. */
export class EngineError extends Error {
  constructor(
    readonly engine: 'grafeo' | 'neo4j',
    readonly failure: EngineFailure,
    readonly query: string,
    options?: { cause?: unknown },
  ) {
    super(`${engine === 'neo4j' ? 'Neo4j' : 'the embedded engine'}: ${query} failed (${failure.replace('_', ' ')})`, options);
    this.name = 'EngineError';
  }
}
