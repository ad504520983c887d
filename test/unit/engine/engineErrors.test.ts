import { EngineError } from '../../../src/engine/errors.js';
import { grafeoFailure } from '../../../src/engine/grafeo/grafeoFailure.js';
import { Neo4jEngine } from '../../../src/engine/neo4j/Neo4jEngine.js';
import { neo4jFailure } from '../../../src/engine/neo4j/neo4jFailure.js';
import { GraphStore } from '../../../src/store/GraphStore.js';
import { createApp, gql, testConfig } from '../../graphql/helpers.js';

describe('engine failures as typed errors', () => {
  it('reads what a Neo4j error means from its status code', () => {
    const code = (c: string) => neo4jFailure(Object.assign(new Error('whatever the server says'), { code: c }));
    expect(code('ServiceUnavailable')).toBe('unavailable');
    expect(code('SessionExpired')).toBe('unavailable');
    expect(code('Neo.ClientError.Security.Unauthorized')).toBe('unauthorized');
    expect(code('Neo.ClientError.Schema.ConstraintValidationFailed')).toBe('conflict');
    expect(code('Neo.ClientError.Statement.SyntaxError')).toBe('bad_query');
    expect(code('Neo.TransientError.General.MemoryPoolOutOfMemoryError')).toBe('resource_limit');
    expect(code('Neo.DatabaseError.General.UnknownError')).toBe('failed');
    expect(neo4jFailure(null)).toBe('failed');
  });

  it('reads what a Grafeo error means from its code', () => {
    expect(grafeoFailure(new Error('GRAFEO-Q006: variable-length pattern would hold too many paths'))).toBe('resource_limit');
    expect(grafeoFailure(new Error('GRAFEO-Q001: syntax error'))).toBe('bad_query');
    expect(grafeoFailure(new Error('something else'))).toBe('failed');
  });

  it('an unreachable Neo4j is EngineError unavailable, named by query, its driver error only as cause', async () => {
    const engine = new Neo4jEngine({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'password', retryMs: 200 });
    try {
      const failure = await engine.read('count_meetings').catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(EngineError);
      expect(failure).toMatchObject({
        engine: 'neo4j',
        failure: 'unavailable',
        query: 'count_meetings',
        message: 'Neo4j: count_meetings failed (unavailable)',
      });
      expect((failure as Error).cause).toBeDefined();
    } finally {
      await engine.close();
    }
  }, 60_000);

  it('GraphQL answers UNAVAILABLE in its own words, with no driver text', async () => {
    const engine = new Neo4jEngine({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'password', retryMs: 200 });
    try {
      const res = await gql(createApp({ store: new GraphStore(engine), config: testConfig(), logging: false }), '{ meetings(first: 1) { nodes { id } } }');
      expect(res.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([['The database is unavailable; try again later.', 'UNAVAILABLE']]);
      expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|ServiceUnavailable/);
    } finally {
      await engine.close();
    }
  }, 60_000);
});
