import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/graphql/createApp.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { seededStore } from '../fixtures/seededStore.js';

// Keeps README.md true: every ```graphql block in it runs without errors against the seeds and answers something.
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const blocks = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README GraphQL examples', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(3));

  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i runs on the seeds', async (_i, query) => {
    const app = createApp({ store, config: loadConfig({ NODE_ENV: 'test' }) });
    const res = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const first = Object.values(body.data ?? {})[0];
    expect(JSON.stringify(first)).not.toMatch(/^(null|\[\]|\{\})$/);
  });
});
