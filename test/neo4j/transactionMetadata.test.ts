import { Neo4jEngine } from '../../src/engine/neo4j/Neo4jEngine.js';
import { loadConfig, neo4jSettings } from '../../src/config.js';

const settings = neo4jSettings(loadConfig())!;

describe('transaction metadata on Neo4j', () => {
  it('names the query a transaction runs, as SHOW TRANSACTIONS and the query log see it', async () => {
    const engine = new Neo4jEngine(settings);
    try {
      expect(await engine.read('admin_transaction_metadata')).toEqual([{ metaData: { app: 'directive-graph', query: 'admin_transaction_metadata' } }]);
    } finally {
      await engine.close();
    }
  });
});
