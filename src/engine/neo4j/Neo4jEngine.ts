import { NamedQueryEngine } from '../NamedQueryEngine.js';
import { Neo4jDriver, type Neo4jSettings } from './Neo4jDriver.js';

export { transactionMetadata, type Neo4jSettings } from './Neo4jDriver.js';

/** Neo4j: the named queries of cypher/ over the official driver (Integer and temporal values converted at the driver). */
export class Neo4jEngine extends NamedQueryEngine {
  constructor(settings: Neo4jSettings) {
    super(new Neo4jDriver(settings));
  }
}
