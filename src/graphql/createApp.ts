import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { createContext, type Context } from './context.js';
import { readExamples } from './examples.js';
import { useErrorCodes } from './plugins/useErrorCodes.js';
import { graphiqlOptions, renderLocalGraphiQL } from './plugins/graphiqlPage.js';
import { useWebPages } from './plugins/useWebPages.js';
import { useRoundTrips } from './plugins/useRoundTrips.js';
import { useVariableCost } from './plugins/useVariableCost.js';
import { securityOptions } from './plugins/security.js';
import { buildSchema } from './schema.js';
import { maskError } from './errors.js';

/** Limits for every operation; a query beyond them is refused before it runs. maxCost: graphql-armor cost with every `first` multiplied in (the examples cost at most ~2,000; four levels of ten, ~8,000). */
export const LIMITS = { maxDepth: 12, maxCost: 20000, maxAliases: 15, maxDirectives: 10, maxTokens: 3000 };

export interface AppOptions {
  store: GraphStore;
  config: Config;
  /** false silences yoga; otherwise it logs at LOG_LEVEL (masked errors are logged in full there). */
  logging?: boolean;
}

function yogaLogLevel(level: string): 'debug' | 'info' | 'warn' | 'error' | false {
  if (level === 'silent') return false;
  if (level === 'fatal' || level === 'error') return 'error';
  if (level === 'debug' || level === 'trace') return 'debug';
  return level === 'warn' ? 'warn' : 'info';
}

/** The GraphQL server as a fetch handler: `createServer(app)` serves it, tests call `app.fetch` in-process. */
export function createApp(opts: AppOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const { config } = opts;
  // graphql-armor (Escape's maintained set of validation rules) rather than hand-written depth/cost rules.
  const armor = new EnvelopArmor({
    maxDepth: { n: LIMITS.maxDepth },
    costLimit: { maxCost: LIMITS.maxCost },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    // Field suggestions help while developing and map the schema for an attacker otherwise.
    blockFieldSuggestion: { enabled: !config.development },
  });
  const examples = readExamples();
  // Body limit, CORS, JSON-only posts, introspection, list caps, hidden suggestions (plugins/security.ts).
  const security = securityOptions(config);
  return createYoga<Record<string, unknown>, Context>({
    schema: buildSchema(),
    context: createContext(opts.store, config),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    maxRequestBodySize: security.maxRequestBodySize,
    multipart: security.multipart,
    cors: security.cors,
    logging: opts.logging === false ? false : yogaLogLevel(config.logLevel),
    // Expected errors carry extensions.code; anything else is "Unexpected error." outside development.
    maskedErrors: config.development ? false : { maskError },
    // GraphiQL from the installed package, its tabs the example operations (plugins/graphiqlPage.ts).
    graphiql: graphiqlOptions(examples, config.introspection),
    renderGraphiQL: renderLocalGraphiQL,
    plugins: [
      ...security.plugins,
      ...armor.protect().plugins,
      useVariableCost(LIMITS.maxCost),
      useErrorCodes(),
      useRoundTrips(config.reportRoundTrips),
      useWebPages(),
    ],
  });
}
