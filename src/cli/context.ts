import pino, { type Logger } from 'pino';
import { loadConfig, type Config } from '../config.js';
import { createEngine } from '../engine/createEngine.js';
import { GraphStore } from '../store/GraphStore.js';

/** What every command gets: configuration, a logger on stderr, and a way to open the store. */
export interface CliContext {
  config: Config;
  logger: Logger;
  /** Opens the configured engine and migrates it (GraphStore.migrate: schema, then the backfills it has not run, or `all`). */
  openStore(options?: { backfills?: 'new' | 'all' }): Promise<GraphStore>;
}

/**
 * Configuration is read on first use, not at start: `kg --version` and `kg --help`
 * work whatever the environment, and a bad variable surfaces inside the command,
 * where the CLI prints it as one line.
 */
export function createCliContext(env: NodeJS.ProcessEnv = process.env): CliContext {
  let config: Config | null = null;
  let logger: Logger | null = null;
  const ctx: CliContext = {
    get config() {
      return (config ??= loadConfig(env));
    },
    get logger() {
      // Logs go to stderr so stdout stays clean for --json output.
      return (logger ??= pino({ level: ctx.config.logLevel }, pino.destination(2)));
    },
    async openStore(options) {
      const store = new GraphStore(await createEngine(ctx.config));
      try {
        await store.migrate(options);
      } catch (error) {
        await store.close().catch(() => undefined);
        throw error;
      }
      return store;
    },
  };
  return ctx;
}
