import { z } from 'zod';
import type { Neo4jSettings } from './engine/neo4j/Neo4jDriver.js';

// Configuration comes from the environment only, checked once at start with zod
// so a typo (PORT=abc) is a clear error rather than a server on a strange port.
const Env = z.object({
  KG_DATA: z.string().min(1).default('data/graph.grafeo'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('password'),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  KG_SEEDS: z.string().default('seeds'),
  KG_API_TOKEN: z.string().min(1).optional(),
  KG_BATCH_SIZE: z.coerce.number().int().min(1).max(10000).default(100),
  KG_ROUND_TRIPS: z.enum(['on', 'off']).default('on'),
  NODE_ENV: z.string().default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KG_INTROSPECTION: z.enum(['on', 'off']).optional(),
  KG_CORS_ORIGINS: z.string().optional(),
});

/** A bad environment variable; the CLI prints it as one line. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** `KG_CORS_ORIGINS=https://a.example,https://b.example` → the exact origins allowed (no wildcard: each is checked as a URL origin). */
function corsOrigins(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      let url: URL;
      try {
        url = new URL(o);
      } catch {
        throw new ConfigError(`Bad configuration: KG_CORS_ORIGINS: '${o}' is not an origin like https://example.org`);
      }
      if (url.origin !== o.replace(/\/$/, ''))
        throw new ConfigError(`Bad configuration: KG_CORS_ORIGINS: '${o}' is not an origin (scheme, host and port only)`);
      return url.origin;
    });
}

/** Which engine the store runs on, with what only that engine needs. */
export type EngineConfig =
  /** The embedded engine (Grafeo), persisted to one file: the default. */
  | { kind: 'grafeo'; dataPath: string }
  /** Neo4j, when NEO4J_URI is set. */
  | { kind: 'neo4j'; settings: Neo4jSettings };

export interface Config {
  engine: EngineConfig;
  port: number;
  host: string;
  /** NEO4J_USER / NEO4J_PASSWORD, also without NEO4J_URI: `kg neo4j start` sets that first password. */
  neo4jCredentials: { user: string; password: string };
  seedsDir: string;
  apiToken: string | null;
  batchSize: number;
  reportRoundTrips: boolean;
  development: boolean;
  logLevel: string;
  /** Schema introspection (__schema, __type): KG_INTROSPECTION, by default on in development only. */
  introspection: boolean;
  /** Origins allowed to call the API from a browser (CORS); empty: no CORS headers at all. */
  corsOrigins: string[];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (NEO4J_URI= in a .env or compose file) means unset.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = Env.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Bad configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    engine: e.NEO4J_URI
      ? {
          kind: 'neo4j',
          settings: {
            uri: e.NEO4J_URI,
            user: e.NEO4J_USER,
            password: e.NEO4J_PASSWORD,
            ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
            ...(e.NEO4J_RETRY_MS === undefined ? {} : { retryMs: e.NEO4J_RETRY_MS }),
          },
        }
      : { kind: 'grafeo', dataPath: e.KG_DATA },
    port: e.PORT,
    host: e.HOST,
    neo4jCredentials: { user: e.NEO4J_USER, password: e.NEO4J_PASSWORD },
    seedsDir: e.KG_SEEDS,
    apiToken: e.KG_API_TOKEN ?? null,
    batchSize: e.KG_BATCH_SIZE,
    reportRoundTrips: e.KG_ROUND_TRIPS === 'on',
    development: e.NODE_ENV === 'development',
    logLevel: e.LOG_LEVEL,
    introspection: e.KG_INTROSPECTION ? e.KG_INTROSPECTION === 'on' : e.NODE_ENV === 'development',
    corsOrigins: corsOrigins(e.KG_CORS_ORIGINS),
  };
}

/** The Neo4j settings when the configured engine is Neo4j, else null. */
export function neo4jSettings(config: Config): Neo4jSettings | null {
  return config.engine.kind === 'neo4j' ? config.engine.settings : null;
}
