import type { YogaInitialContext } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import { ApiStore } from '../store/ApiStore.js';
import { CountingEngine } from './countingEngine.js';
import { createLoaders, type Loaders } from './loaders.js';
import { bearerMatches } from './auth.js';

export interface Context {
  /** Reads and writes of this request, over the counting engine. */
  store: ApiStore;
  engine: CountingEngine;
  loaders: Loaders;
  config: Config;
  /** True when the request carries the configured API token. */
  authorized: boolean;
}

/** Builds the per-request context: a counting engine, a store over it and fresh DataLoaders. */
export function createContext(shared: GraphStore, config: Config) {
  return (initial: YogaInitialContext): Context => {
    const engine = new CountingEngine(shared.engine);
    const store = new ApiStore(engine);
    return {
      store,
      engine,
      loaders: createLoaders(store),
      config,
      authorized: bearerMatches(initial.request.headers.get('authorization'), config.apiToken),
    };
  };
}
