import { GraphStore } from '../../src/store/GraphStore.js';
import { Neo4jEngine } from '../../src/engine/neo4j/Neo4jEngine.js';
import { runGraphStoreContract } from './graphStoreContract.js';
import { loadConfig } from '../../src/config.js';

// Runs only with NEO4J_URI set (a Neo4j 5 server, e.g. from docker-compose.yml).
// Declared gap: our development and CI machines cannot run Neo4j (no Docker
// engine; Neo4j is in neither npm nor Debian), so there this suite is reported
// as skipped, by name, never silently.
const settings = loadConfig().neo4j;

if (settings) {
  runGraphStoreContract('Neo4j', async () => {
    const engine = new Neo4jEngine(settings);
    // Each test starts from an empty database.
    await engine.write([{ query: 'admin_delete_all', params: {} }]);
    return new GraphStore(engine);
  });
} else {
  describe('GraphStore contract on Neo4j', () => {
    it.skip('needs NEO4J_URI (declared gap: no Neo4j server on development and CI machines)', () => undefined);
  });
}
