import { loadConfig, neo4jSettings } from '../../src/config.js';

describe('the engine in the configuration', () => {
  it('is the embedded engine on its data file when NEO4J_URI is unset or empty', () => {
    expect(loadConfig({}).engine).toEqual({ kind: 'grafeo', dataPath: 'data/graph.grafeo' });
    expect(loadConfig({ NEO4J_URI: '', KG_DATA: '/tmp/x.grafeo' }).engine).toEqual({ kind: 'grafeo', dataPath: '/tmp/x.grafeo' });
    expect(neo4jSettings(loadConfig({}))).toBeNull();
  });

  it('is Neo4j with only what Neo4j needs when NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_PASSWORD: 'secret123', NEO4J_DATABASE: 'kg', NEO4J_RETRY_MS: '500' });
    expect(config.engine).toEqual({
      kind: 'neo4j',
      settings: { uri: 'neo4j+s://db.example:7687', user: 'neo4j', password: 'secret123', database: 'kg', retryMs: 500 },
    });
    expect(neo4jSettings(config)).toEqual(config.engine.kind === 'neo4j' ? config.engine.settings : undefined);
  });
});
