import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherEngine, Params, Row, Statement } from '../CypherEngine.js';
import { QueryCatalog, splitStatements } from '../QueryCatalog.js';
import { bindParams } from '../bindParams.js';
import { fromNeo4j } from './fromNeo4j.js';
import { toNeo4jParams } from './toNeo4jParams.js';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

/**
 * Neo4j through the official driver. executeRead/executeWrite retry transient
 * errors; Integer and temporal values become numbers and ISO strings here, so
 * nothing above this adapter sees driver types.
 */
export class Neo4jEngine implements CypherEngine {
  readonly name = 'neo4j' as const;
  private readonly catalog = new QueryCatalog('neo4j');
  private readonly driver: Driver;
  private readonly database: string | undefined;

  constructor(settings: Neo4jSettings) {
    this.driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    this.database = settings.database;
  }

  private session() {
    return this.driver.session(this.database ? { database: this.database } : {});
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const q = this.catalog.get(name);
    const bound = toNeo4jParams(bindParams(q, params)) as Params;
    const session = this.session();
    try {
      const result = await session.executeRead((tx) => tx.run(q.text, bound));
      return result.records.map((r) => fromNeo4j(r.toObject()) as Row);
    } finally {
      await session.close();
    }
  }

  async write(statements: Statement[]): Promise<Row[][]> {
    const session = this.session();
    try {
      return await session.executeWrite(async (tx) => {
        const out: Row[][] = [];
        for (const s of statements) {
          const q = this.catalog.get(s.query);
          const result = await tx.run(q.text, toNeo4jParams(bindParams(q, s.params)) as Params);
          out.push(result.records.map((r) => fromNeo4j(r.toObject()) as Row));
        }
        return out;
      });
    } finally {
      await session.close();
    }
  }

  async applySchema(name: string): Promise<void> {
    const q = this.catalog.get(name);
    const session = this.session();
    try {
      for (const statement of splitStatements(q.text)) await session.run(statement);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
