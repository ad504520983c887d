import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherEngine, Params, Row, Statement } from '../CypherEngine.js';
import { QueryCatalog, splitStatements, type NamedQuery } from '../QueryCatalog.js';
import { bindParams } from '../bindParams.js';
import { EngineError } from '../errors.js';
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

/** Transaction metadata Neo4j writes to its query log and shows in SHOW TRANSACTIONS: which named queries ran. */
export function transactionMetadata(queries: string[]): { app: string; query: string } {
  return { app: 'directive-graph', query: queries.join('+') };
}

/**
 * Neo4j through the official driver (bolt:// for one server; neo4j:// and neo4j+s://
 * route reads to followers of a cluster). executeRead/executeWrite retry transient
 * errors; each transaction carries the names of its queries as metadata; Integer and
 * temporal values become numbers and ISO strings here, and driver errors become
 * EngineError, so nothing above this adapter sees driver types or Neo4j's messages.
 */
export class Neo4jEngine implements CypherEngine {
  readonly name = 'neo4j' as const;
  private readonly catalog = new QueryCatalog('neo4j');
  private readonly driver: Driver;
  private readonly database: string | undefined;

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
    return this.driver.session(this.database ? { database: this.database, defaultAccessMode } : { defaultAccessMode });
  }

  private bind(name: string, params: Params): { q: NamedQuery; params: Params } {
    const q = this.catalog.get(name);
    return { q, params: toNeo4jParams(bindParams(q, params)) as Params };
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const bound = this.bind(name, params);
    const session = this.session('READ');
    try {
      const result = await session.executeRead((tx) => tx.run(bound.q.text, bound.params), { metadata: transactionMetadata([name]) });
      return result.records.map((r) => fromNeo4j(r.toObject()) as Row);
    } catch (error) {
      throw new EngineError('neo4j', neo4jFailure(error), name, { cause: error });
    } finally {
      await session.close();
    }
  }

  async write(statements: Statement[]): Promise<Row[][]> {
    // Query names and parameters are checked before the transaction opens: a wrong call is our error, not the engine's.
    const bound = statements.map((s) => ({ name: s.query, ...this.bind(s.query, s.params) }));
    const names = bound.map((b) => b.name);
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(async (tx: ManagedTransaction) => {
        const out: Row[][] = [];
        for (const s of bound) {
          const result = await tx.run(s.q.text, s.params);
          out.push(result.records.map((r) => fromNeo4j(r.toObject()) as Row));
        }
        return out;
      }, { metadata: transactionMetadata(names) });
    } catch (error) {
      throw new EngineError('neo4j', neo4jFailure(error), names.join('+'), { cause: error });
    } finally {
      await session.close();
    }
  }

  async applySchema(name: string): Promise<void> {
    const q = this.catalog.get(name);
    const session = this.session('WRITE');
    try {
      // Schema commands cannot share a transaction with data: each runs on its own (auto-commit).
      for (const statement of splitStatements(q.text)) await session.run(statement, {}, { metadata: transactionMetadata([name]) });
    } catch (error) {
      throw new EngineError('neo4j', neo4jFailure(error), name, { cause: error });
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
