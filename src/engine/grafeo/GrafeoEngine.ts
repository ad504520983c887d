import { NamedQueryEngine } from '../NamedQueryEngine.js';
import { GrafeoDriver } from './GrafeoDriver.js';

/** The embedded engine: the named queries of cypher/ over Grafeo, in this process (a file, or memory when no path is given). */
export class GrafeoEngine extends NamedQueryEngine {
  constructor(path?: string) {
    super(new GrafeoDriver(path));
  }
}
