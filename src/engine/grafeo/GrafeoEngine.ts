import { NamedQueryEngine } from '../NamedQueryEngine.js';
import { GrafeoDriver, type GrafeoOptions } from './GrafeoDriver.js';
import type { ReleaseStats } from './releaseMemory.js';

/** The embedded engine: the named queries of cypher/ over Grafeo, in this process (a file, or memory when no path is given). */
export class GrafeoEngine extends NamedQueryEngine {
  /** What giving freed memory back after commits did (benchmarks read it). */
  readonly memoryRelease: ReleaseStats;

  constructor(path?: string, options?: GrafeoOptions) {
    const driver = new GrafeoDriver(path, options);
    super(driver);
    this.memoryRelease = driver.releaser.stats;
  }
}
