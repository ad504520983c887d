import type { CypherEngine } from './CypherEngine.js';
import { GrafeoEngine } from './grafeo/GrafeoEngine.js';
import { Neo4jEngine } from './neo4j/Neo4jEngine.js';
import type { Config } from '../config.js';

/** Neo4j when NEO4J_URI is set, the embedded engine otherwise. */
export function createEngine(config: Config): CypherEngine {
  if (config.neo4j) return new Neo4jEngine(config.neo4j);
  return new GrafeoEngine(config.dataPath);
}
