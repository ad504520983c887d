import { NamedQueryEngine } from '../../../src/engine/NamedQueryEngine.js';
import { EngineError } from '../../../src/engine/errors.js';
import { StatementFailed, type BoundStatement, type QueryDriver } from '../../../src/engine/QueryDriver.js';
import type { Params, Row } from '../../../src/engine/CypherEngine.js';

/** A driver that records what it is sent and fails where told: the engine above it is what is tested. */
class RecordingDriver implements QueryDriver {
  readonly name = 'grafeo' as const;
  sent: BoundStatement[][] = [];
  failAt: string | null = null;
  async read(statement: BoundStatement): Promise<unknown[]> {
    this.sent.push([statement]);
    if (this.failAt === statement.name) throw Object.assign(new Error('boom'), { code: 'X' });
    return [{ raw: statement.params }];
  }
  async write(statements: BoundStatement[]): Promise<unknown[][]> {
    this.sent.push(statements);
    const bad = statements.find((s) => s.name === this.failAt);
    if (bad) throw new StatementFailed(bad.name, { cause: new Error('GRAFEO-Q001: syntax') });
    return statements.map(() => [{ ok: 1 }]);
  }
  async runEach(): Promise<void> {}
  toParams(params: Params): Params {
    return { ...params, converted: true };
  }
  toRow(row: unknown): Row {
    return { row };
  }
  failure(error: unknown) {
    return String((error as Error).message).startsWith('GRAFEO-Q') ? ('bad_query' as const) : ('failed' as const);
  }
  async close(): Promise<void> {}
}

describe('the named-query engine over a thin driver', () => {
  it('looks the query up, checks and converts its parameters, and converts the rows back', async () => {
    const driver = new RecordingDriver();
    const engine = new NamedQueryEngine(driver);
    expect(await engine.read('people_by_ids', { ids: ['person:a'] })).toEqual([{ row: { raw: { ids: ['person:a'], converted: true } } }]);
    expect(driver.sent[0]?.[0]?.text).toMatch(/MATCH \(n:Person\)|Person/);
  });

  it('refuses a wrong call before the driver sees it', async () => {
    const driver = new RecordingDriver();
    const engine = new NamedQueryEngine(driver);
    await expect(engine.read('no_such_query')).rejects.toThrow(/No query named 'no_such_query'/);
    await expect(engine.read('people_by_ids', {})).rejects.toThrow(/needs parameter\(s\): ids/);
    await expect(
      engine.write([
        { query: 'people_by_ids', params: { ids: [] } },
        { query: 'people_by_ids', params: { idz: [] } },
      ]),
    ).rejects.toThrow(/needs parameter/);
    expect(driver.sent).toEqual([]);
  });

  it('types a driver failure as an EngineError naming the statement, the driver error kept as cause only', async () => {
    const driver = new RecordingDriver();
    const engine = new NamedQueryEngine(driver);
    driver.failAt = 'places_by_ids';
    const failure = await engine
      .write([
        { query: 'people_by_ids', params: { ids: [] } },
        { query: 'places_by_ids', params: { ids: [] } },
      ])
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(EngineError);
    expect(failure).toMatchObject({ engine: 'grafeo', failure: 'bad_query', query: 'places_by_ids' });
    expect((failure as Error).message).not.toMatch(/GRAFEO/);
    driver.failAt = 'people_by_ids';
    await expect(engine.read('people_by_ids', { ids: [] })).rejects.toMatchObject({ failure: 'failed', query: 'people_by_ids' });
  });
});
