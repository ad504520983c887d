import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import { createEngine } from '../engine/createEngine.js';
import { GraphStore } from '../store/GraphStore.js';

/** What every command gets: configuration, a logger on stderr, and a way to open the store. */
export interface CliContext {
  config: Config;
  logger: Logger;
  /** Opens the configured engine and applies its schema. */
  openStore(): Promise<GraphStore>;
}

export function createCliContext(): CliContext {
  const config = loadConfig();
  // Logs go to stderr so stdout stays clean for --json output.
  const logger = pino({ level: config.logLevel }, pino.destination(2));
  return {
    config,
    logger,
    async openStore() {
      const store = new GraphStore(createEngine(config));
      await store.migrate();
      return store;
    },
  };
}
