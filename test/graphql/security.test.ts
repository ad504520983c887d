import type { GraphStore } from '../../src/store/GraphStore.js';
import { MAX_REQUEST_BODY_BYTES } from '../../src/graphql/plugins/security.js';
import { MAX_LIST_ITEMS } from '../../src/graphql/plugins/useListCaps.js';
import { loadConfig } from '../../src/config.js';
import { districtMeeting } from '../fixtures/extractions.js';
import { createApp, fixtureStore, gql, testConfig, type App } from './helpers.js';

const codes = (res: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => res.errors?.map((e) => e.extensions?.code);
const post = (app: App, body: BodyInit, headers: Record<string, string> = {}) =>
  app.fetch('http://yoga/graphql', { method: 'POST', headers: { accept: 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

describe('server security', () => {
  let store: GraphStore;
  let production: App;
  beforeAll(async () => {
    ({ store } = await fixtureStore([districtMeeting('Tịnh Biên')]));
    production = createApp({ store, config: testConfig({ development: false, introspection: false }), logging: false });
  });
  afterAll(() => store.close());

  describe('request body limit', () => {
    it('answers 413 above the limit, by Content-Length', async () => {
      const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_REQUEST_BODY_BYTES) } });
      const res = await post(production, body, { 'content-type': 'application/json' });
      expect(res.status).toBe(413);
    });

    it('answers 413 for a streamed body without Content-Length, stopping as it grows', async () => {
      const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode('{"query":"{ __typename }","variables":{"pad":"'));
        },
        pull(c) {
          sent += chunk.length;
          if (sent > 40 * 1024 * 1024)
            c.close(); // never reached: the server stops reading at the limit
          else c.enqueue(chunk);
        },
      });
      const res = await post(production, stream, { 'content-type': 'application/json' });
      expect(res.status).toBe(413);
      expect(sent).toBeLessThan(8 * 1024 * 1024);
    });

    it('reads a body under the limit', async () => {
      const body = JSON.stringify({
        query: 'query ($pad: String!) { directive(key: $pad) { key } }',
        variables: { pad: 'x'.repeat(MAX_REQUEST_BODY_BYTES - 1000) },
      });
      const res = await post(production, body, { 'content-type': 'application/json' });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ data: { directive: null } });
    });
  });

  describe('list arguments', () => {
    const types = (n: number) => Array.from({ length: n }, (_, i) => ['MEETING', 'PERSON', 'PLACE'][i % 3]);

    it('refuses a list longer than the cap, in a variable or written out', async () => {
      const viaVariable = await gql(production, 'query ($t: [NodeType!]) { search(text: "tinh bien", types: $t) { score } }', { t: types(MAX_LIST_ITEMS + 1) });
      expect(codes(viaVariable)).toEqual(['LIMIT_EXCEEDED']);
      expect(viaVariable.errors?.[0]?.message).toMatch(new RegExp(`at most ${MAX_LIST_ITEMS}`));
      const literal = await gql(production, `{ search(text: "tinh bien", types: [${types(MAX_LIST_ITEMS + 1).join(', ')}]) { score } }`);
      expect(codes(literal)).toEqual(['LIMIT_EXCEEDED']);
    });

    it('refuses a huge list at once', async () => {
      const started = Date.now();
      const res = await gql(production, 'query ($t: [NodeType!]) { search(text: "tinh bien", types: $t) { score } }', { t: types(200_000) });
      expect(codes(res)).toEqual(['LIMIT_EXCEEDED']);
      expect(Date.now() - started).toBeLessThan(10_000); // was a minute for a million entries; here: no query runs at all
    });

    it('runs a list within the cap', async () => {
      const res = await gql(production, 'query ($t: [NodeType!]) { search(text: "tinh bien", types: $t) { node { __typename } } }', {
        t: ['PLACE', 'PLACE', 'MEETING'],
      });
      expect(res.errors).toBeUndefined();
      expect((res.data as { search: unknown[] }).search.length).toBeGreaterThan(0);
    });
  });

  describe('suggestions', () => {
    const wrongEnum = '{ citationCounts(by: YEARS) { count } }';
    const wrongVariable = ['query ($by: CitationGrouping!) { citationCounts(by: $by) { count } }', { by: 'YEARS' }] as const;
    const wrongField = '{ meetings { nodez { id } } }';

    it('are hidden when errors are masked: enum values, variables, fields', async () => {
      for (const res of [
        await gql(production, wrongEnum),
        await gql(production, wrongVariable[0], { ...wrongVariable[1] }),
        await gql(production, wrongField),
      ]) {
        expect(res.errors?.length).toBeGreaterThan(0);
        for (const e of res.errors ?? []) expect(e.message).not.toMatch(/Did you mean|YEAR\b|nodes/);
      }
    });

    it('are shown in development', async () => {
      const dev = createApp({ store, config: testConfig({ development: true }), logging: false });
      const res = await gql(dev, wrongVariable[0], { ...wrongVariable[1] });
      expect(res.errors?.[0]?.message).toMatch(/Did you mean the enum value "YEAR"\?/);
    });
  });

  describe('introspection', () => {
    const schemaQuery = '{ __schema { queryType { name } } }';

    it('is off in production, __typename still answers', async () => {
      const res = await gql(production, schemaQuery);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]?.message).toMatch(/introspection/i);
      expect((await gql(production, '{ __typename }')).data).toEqual({ __typename: 'Query' });
      expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    });

    it('is on in development, and in production when configured (KG_INTROSPECTION=on)', async () => {
      expect(loadConfig({ NODE_ENV: 'development' }).introspection).toBe(true);
      const configured = loadConfig({ NODE_ENV: 'production', KG_INTROSPECTION: 'on', LOG_LEVEL: 'silent' });
      expect(configured.introspection).toBe(true);
      const res = await gql(createApp({ store, config: configured, logging: false }), schemaQuery);
      expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('answers a request carrying the API token, and that answer is not reused for others', async () => {
      const app = createApp({ store, config: testConfig({ development: false, introspection: false, apiToken: 'secret-token' }), logging: false });
      const withToken = await gql(app, schemaQuery, {}, { authorization: 'Bearer secret-token' });
      expect(withToken.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const without = await gql(app, schemaQuery);
      expect(without.data).toBeUndefined();
      const wrongToken = await gql(app, schemaQuery, {}, { authorization: 'Bearer guess' });
      expect(wrongToken.data).toBeUndefined();
    });

    it('leaves GraphiQL served to a browser in production', async () => {
      const res = await production.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(await res.text()).toMatch(/graphiql/i);
    });
  });

  describe('CORS', () => {
    const preflight = (app: App, origin: string) =>
      app.fetch('http://yoga/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    it('is off by default: no Access-Control headers for any origin', async () => {
      const simple = await production.fetch('http://yoga/graphql?query=%7B__typename%7D', {
        headers: { origin: 'https://evil.example', accept: 'application/json' },
      });
      expect(simple.headers.get('access-control-allow-origin')).toBeNull();
      expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
      const pre = await preflight(production, 'https://evil.example');
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('allows exactly the configured origins, without credentials', async () => {
      const config = loadConfig({ LOG_LEVEL: 'silent', KG_CORS_ORIGINS: 'https://dash.example.org, http://localhost:5173' });
      expect(config.corsOrigins).toEqual(['https://dash.example.org', 'http://localhost:5173']);
      const app = createApp({ store, config, logging: false });
      for (const origin of config.corsOrigins) {
        const pre = await preflight(app, origin);
        expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
        expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
        const res = await app.fetch('http://yoga/graphql?query=%7B__typename%7D', { headers: { origin, accept: 'application/json' } });
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      }
      const other = await preflight(app, 'https://dash.example.org.evil.example');
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('refuses a configured value that is not an origin', () => {
      expect(() => loadConfig({ KG_CORS_ORIGINS: 'https://a.example/path' })).toThrow(/KG_CORS_ORIGINS/);
      expect(() => loadConfig({ KG_CORS_ORIGINS: '*' })).toThrow(/KG_CORS_ORIGINS/);
    });
  });

  describe('mutations only as application/json', () => {
    const mutation = 'mutation { ingestDocument(source: "x", text: "Hội nghị") { stored } }';
    const app = () => createApp({ store, config: testConfig({ development: false, apiToken: 'secret-token' }), logging: false });

    it('refuses form posts, text/plain, application/graphql and multipart with 415', async () => {
      const a = app();
      const before = await store.stats();
      const auth = { authorization: 'Bearer secret-token' };
      const form = await post(a, new URLSearchParams({ query: mutation }).toString(), { ...auth, 'content-type': 'application/x-www-form-urlencoded' });
      expect(form.status).toBe(415);
      const text = await post(a, JSON.stringify({ query: mutation }), { ...auth, 'content-type': 'text/plain' });
      expect(text.status).toBe(415);
      const graphql = await post(a, mutation, { ...auth, 'content-type': 'application/graphql' });
      expect(graphql.status).toBe(415);
      const fd = new FormData();
      fd.set('operations', JSON.stringify({ query: mutation }));
      const multipart = await a.fetch('http://yoga/graphql', { method: 'POST', headers: auth, body: fd });
      expect(multipart.status).toBe(415);
      const none = await post(a, JSON.stringify({ query: mutation }), auth);
      expect(none.status).toBe(415);
      expect(await store.stats()).toEqual(before);
    });

    it('refuses a mutation over GET', async () => {
      const res = await app().fetch(`http://yoga/graphql?query=${encodeURIComponent(mutation)}`, {
        headers: { accept: 'application/json', authorization: 'Bearer secret-token' },
      });
      expect(res.status).toBe(405);
    });

    it('accepts it as application/json (charset too)', async () => {
      const res = await post(
        app(),
        JSON.stringify({
          query: 'mutation { ingestDocument(source: "json.txt", text: "Sáng 5/3/2021, Huyện ủy tổ chức Hội nghị giao ban quý I năm 2021.") { stored } }',
        }),
        {
          authorization: 'Bearer secret-token',
          'content-type': 'application/json; charset=utf-8',
        },
      );
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ data: { ingestDocument: { stored: 1 } } });
    });
  });
});
