import type { ExecutionResult } from 'graphql';
import { loadConfig, type Config } from '../../src/config.js';
import type { Extraction } from '../../src/core/extraction.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import { createApp } from '../../src/graphql/createApp.js';
import { CountingEngine } from '../../src/graphql/countingEngine.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { emptyStore } from '../fixtures/testEngine.js';

export type App = ReturnType<typeof createApp>;

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent' }), ...overrides };
}

/** A store on the engine under test holding the given hand-made extractions, behind a recorder that sees every database call. */
export async function fixtureStore(extractions: Extraction[]): Promise<{ store: GraphStore; recorder: CountingEngine }> {
  let recorder: CountingEngine | undefined;
  const store = await emptyStore((engine) => (recorder = new CountingEngine(engine)));
  if (!recorder) throw new Error('fixtureStore: no recorder');
  for (const x of extractions) await store.upsert(toGraphBatch(x));
  recorder.calls.length = 0;
  return { store, recorder };
}

export interface Response extends ExecutionResult {
  status: number;
}

/** One GraphQL request over HTTP semantics, in-process. */
export async function gql(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Response> {
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as ExecutionResult;
  return { ...body, status: res.status };
}

/** The data of a request that must succeed (fails the test with the errors otherwise). */
export async function data<T = any>(app: App, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql(app, query, variables);
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors, null, 2)}`);
  return res.data as T;
}

export { createApp };
