import type { CypherEngine } from './CypherEngine.js';
import type { Config } from '../config.js';

/**
 * Neo4j when NEO4J_URI is set, the embedded engine otherwise. Each adapter is loaded
 * only when chosen: a Neo4j deployment never loads Grafeo's native binary (it may be
 * missing there, as on arm64 images), nor an embedded one the Neo4j driver.
 */
export async function createEngine(config: Config): Promise<CypherEngine> {
  const { engine } = config;
  switch (engine.kind) {
    case 'neo4j': {
      const { Neo4jEngine } = await import('./neo4j/Neo4jEngine.js');
      return new Neo4jEngine(engine.settings);
    }
    case 'grafeo': {
      const { GrafeoEngine } = await import('./grafeo/GrafeoEngine.js');
      return new GrafeoEngine(engine.dataPath);
    }
  }
}
