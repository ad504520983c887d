import type { CypherEngine, EngineName, FollowUp, Params, Row, Statement } from './CypherEngine.js';
import { QueryCatalog, splitStatements } from './QueryCatalog.js';
import { bindParams } from './bindParams.js';
import { EngineError } from './errors.js';
import { StatementFailed, type BoundStatement, type QueryDriver } from './QueryDriver.js';

/**
 * The one CypherEngine: named queries of cypher/ looked up, their parameters checked
 * against the header and converted, run by a thin driver per database, rows converted
 * back, and any database error turned into an EngineError (the database's own error
 * kept as `cause` only). A wrong call (unknown query, missing parameter) fails before
 * any transaction opens: it is our error, not the database's.
 */
export class NamedQueryEngine implements CypherEngine {
  readonly name: EngineName;
  private readonly catalog: QueryCatalog;

  constructor(private readonly driver: QueryDriver) {
    this.name = driver.name;
    this.catalog = new QueryCatalog(driver.name);
  }

  private bind(name: string, params: Params): BoundStatement {
    const q = this.catalog.get(name);
    return { name, text: q.text, params: this.driver.toParams(bindParams(q, params)) };
  }

  private failed(where: string, error: unknown): EngineError {
    return new EngineError(this.name, this.driver.failure(error), where, { cause: error });
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const statement = this.bind(name, params);
    let rows: unknown[];
    try {
      rows = await this.driver.read(statement);
    } catch (error) {
      throw this.failed(name, error);
    }
    return rows.map((r) => this.driver.toRow(r));
  }

  write(statements: Statement[]): Promise<Row[][]> {
    return this.run(statements);
  }

  writeThen(first: Statement[], then: FollowUp): Promise<Row[][]> {
    return this.run(first, then);
  }

  private async run(statements: Statement[], then?: FollowUp): Promise<Row[][]> {
    const bound = statements.map((s) => this.bind(s.query, s.params));
    const follow = then && ((rows: unknown[][]) => then(rows.map((r) => r.map((x) => this.driver.toRow(x)))).map((s) => this.bind(s.query, s.params)));
    let results: unknown[][];
    try {
      results = await this.driver.write(bound, follow);
    } catch (error) {
      if (error instanceof StatementFailed) throw this.failed(error.where, error.cause);
      throw this.failed(bound.map((b) => b.name).join('+'), error);
    }
    return results.map((rows) => rows.map((r) => this.driver.toRow(r)));
  }

  async applySchema(name: string): Promise<void> {
    const q = this.catalog.get(name);
    try {
      await this.driver.runEach(name, splitStatements(q.text));
    } catch (error) {
      throw this.failed(name, error);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
