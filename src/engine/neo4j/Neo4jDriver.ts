import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Params, Row } from '../CypherEngine.js';
import { StatementFailed, type BoundStatement, type QueryDriver } from '../QueryDriver.js';
import { fromNeo4j } from './fromNeo4j.js';
import { neo4jFailure } from './neo4jFailure.js';
import { toNeo4jParams } from './toNeo4jParams.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** How long executeRead/executeWrite retry transient failures (the driver's default: 30 s). */
  retryMs?: number;
}

/**
 * Prefix of every write statement: keep the cached plan when the graph's statistics change. Neo4j
 * replans a cached query when the counts it was planned with diverge (a graph growing from empty
 * during ingest: each write query was replanned 2–3 times in the first 2,000 articles, at 100–500 ms
 * of server CPU each under load, 17% of the server's samples in a JFR profile of a 10k fill,
 * bench/results/neo4j-writes.md). The write queries seek nodes by id through uniqueness constraints,
 * so their plan does not depend on counts; a schema change still clears the cache, as always.
 */
export const WRITE_PLAN_OPTION = 'CYPHER replan=skip ';

/** Transaction metadata Neo4j writes to its query log and shows in SHOW TRANSACTIONS: which named queries ran. */
export function transactionMetadata(queries: string[]): { app: string; query: string } {
  return { app: 'directive-graph', query: queries.join('+') };
}

/**
 * Neo4j through the official driver (bolt:// for one server; neo4j:// and neo4j+s://
 * route reads to followers of a cluster). Reads are auto-commit, run again through executeRead
 * after a transient error; writes go through executeWrite, which retries them; each
 * transaction carries the names of its queries as metadata.
 */
export class Neo4jDriver implements QueryDriver {
  readonly name = 'neo4j' as const;
  private readonly driver: Driver;
  private readonly database: string | undefined;
  /**
   * Shared by every session of this process, so each transaction waits until the server that runs it has
   * applied the last one this process committed: on a cluster, a read routed to a follower right after an
   * ingest sees that ingest (causal consistency between requests). On one server it is always so already.
   */
  readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  constructor(settings: Neo4jSettings) {
    this.driver = neo4j.driver(
      settings.uri,
      neo4j.auth.basic(settings.user, settings.password),
      settings.retryMs === undefined ? {} : { maxTransactionRetryTime: settings.retryMs },
    );
    this.database = settings.database;
  }

  private session(mode: 'READ' | 'WRITE') {
    const defaultAccessMode = mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    const config = { defaultAccessMode, bookmarkManager: this.bookmarks };
    return this.driver.session(this.database ? { ...config, database: this.database } : config);
  }

  /**
   * An auto-commit read: one round trip (RUN and PULL) where a managed transaction takes two (BEGIN, RUN and
   * PULL, then COMMIT); on the shared 2 cores that was p50 0.88 against 1.34 ms and p99 35 against 60 ms for a
   * small read (3,000 of each, interleaved). The driver does not retry an auto-commit, so a read that fails
   * with a retriable error is run again in a managed transaction, which executeRead retries.
   */
  async read(statement: BoundStatement): Promise<unknown[]> {
    const config = { metadata: transactionMetadata([statement.name]) };
    const session = this.session('READ');
    try {
      const result = await session.run(statement.text, statement.params, config);
      return result.records.map((r) => r.toObject());
    } catch (error) {
      if (!neo4j.isRetryableError(error)) throw error;
    } finally {
      await session.close();
    }
    const retry = this.session('READ');
    try {
      const result = await retry.executeRead((tx) => tx.run(statement.text, statement.params), config);
      return result.records.map((r) => r.toObject());
    } finally {
      await retry.close();
    }
  }

  async write(statements: BoundStatement[], then?: (rows: unknown[][]) => BoundStatement[]): Promise<unknown[][]> {
    const names = statements.map((s) => s.name);
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => {
        const rows = await runPipelined(tx, statements);
        const more = then?.(rows) ?? [];
        return more.length === 0 ? rows : [...rows, ...(await runPipelined(tx, more))];
      }, { metadata: transactionMetadata(names) });
    } catch (error) {
      // Named by the whole transaction, as Neo4j's query log shows it (its metadata).
      throw new StatementFailed(names.join('+'), { cause: error });
    } finally {
      await session.close();
    }
  }

  async runEach(name: string, statements: string[]): Promise<void> {
    const session = this.session('WRITE');
    try {
      for (const statement of statements) await session.run(statement, {}, { metadata: transactionMetadata([name]) });
    } finally {
      await session.close();
    }
  }

  toParams(params: Params): Params {
    return toNeo4jParams(params) as Params;
  }

  toRow(row: unknown): Row {
    return fromNeo4j(row) as Row;
  }

  failure(error: unknown) {
    return neo4jFailure(error);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Pipelined: every statement is sent before the first answer is awaited, so they cost one round trip
 * instead of one each. After a failure the server ignores the rest and the transaction rolls back. The
 * driver's own error is thrown here (its code decides whether executeWrite retries).
 */
async function runPipelined(tx: ManagedTransaction, statements: BoundStatement[]): Promise<unknown[][]> {
  const settled = await Promise.allSettled(statements.map(async (s) => tx.run(WRITE_PLAN_OPTION + s.text, s.params)));
  const failure = settled.find((r) => r.status === 'rejected');
  if (failure) throw failure.reason;
  return settled.map((r) => (r.status === 'fulfilled' ? r.value.records.map((record) => record.toObject()) : []));
}
