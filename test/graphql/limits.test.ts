import type { CypherEngine } from '../../src/engine/CypherEngine.js';
import { GraphStore } from '../../src/store/GraphStore.js';
import { LIMITS } from '../../src/graphql/createApp.js';
import { districtMeeting } from '../fixtures/extractions.js';
import { createApp, fixtureStore, gql, testConfig, type App } from './helpers.js';

const codes = (res: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => res.errors?.map((e) => e.extensions?.code);

describe('limits and errors', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    ({ store } = await fixtureStore([districtMeeting('Tịnh Biên')]));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  const stillServes = async () => {
    const res = await gql(app, '{ meetings(first: 1) { nodes { title } } }');
    expect(res.data).toEqual({ meetings: { nodes: [{ title: 'Hội nghị sơ kết' }] } });
  };

  it('refuses first above 100 with LIMIT_EXCEEDED, everywhere', async () => {
    for (const q of [
      '{ meetings(first: 101) { nodes { id } } }',
      '{ people(first: 500) { nodes { id } } }',
      '{ search(text: "an", first: 1000) { score } }',
      '{ directive(key: "CT-5-TW") { citedBy(first: 101) { nodes { id } } } }',
    ]) {
      const res = await gql(app, q);
      expect(codes(res)).toEqual(['LIMIT_EXCEEDED']);
      expect(res.errors?.[0]?.message).toMatch(/at most 100/);
    }
    await stillServes();
  });

  it('refuses a query deeper than the limit before running it', async () => {
    let deep = 'id';
    for (let i = 0; i < LIMITS.maxDepth; i++) deep = `meetings { ${deep} }`;
    const res = await gql(app, `{ person(id: "x") { ${deep} } }`);
    expect(codes(res)).toEqual(['LIMIT_EXCEEDED']);
    expect(res.errors?.[0]?.message).toMatch(/depth limit/);
    expect(res.data ?? null).toBeNull();
    await stillServes();
  });

  it('refuses too many aliases and too costly queries', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: meetings(first: 1) { nodes { id } }`).join('\n');
    const tooManyAliases = await gql(app, `{ ${aliases} }`);
    expect(codes(tooManyAliases)).toContain('LIMIT_EXCEEDED');
    expect(tooManyAliases.errors?.map((e) => e.message).join(' ')).toMatch(/Aliases limit/);

    // Every list at 100, each meeting with its relations: far beyond what a dashboard needs.
    const m = 'id title date place { name } organizers { name } participants { role person { name } } citations { directive { key citationCount } }';
    const costly = await gql(
      app,
      `{ meetings(first: 100) { nodes { ${m} } } directives(first: 100) { nodes { key citedBy(first: 100) { nodes { ${m} } } } }
      people(first: 100) { nodes { name meetings { ${m} } } } organizations(first: 100) { nodes { name organized { ${m} } } } }`,
    );
    expect(codes(costly)).toContain('LIMIT_EXCEEDED');
    expect(costly.errors?.map((e) => e.message).join(' ')).toMatch(/Cost limit/);
    // The same page sizes in variables (which armor's rule counts as 1) are counted at execution.
    const viaVariables = await gql(
      app,
      `query($n: Int) { meetings(first: $n) { nodes { ${m} } } directives(first: $n) { nodes { key citedBy(first: $n) { nodes { ${m} } } } } }`,
      { n: 100 },
    );
    expect(codes(viaVariables)).toEqual(['LIMIT_EXCEEDED']);
    expect(viaVariables.errors?.[0]?.message).toMatch(/Cost limit of \d+ exceeded/);
    expect(viaVariables.extensions?.roundTrips ?? 0).toBe(0);
    const small = await gql(app, `query($n: Int) { meetings(first: $n) { nodes { ${m} } } }`, { n: 2 });
    expect(small.errors).toBeUndefined();
    await stillServes();
  });

  it('answers NOT_FOUND and BAD_INPUT with clear messages', async () => {
    const missing = await gql(app, '{ meeting(id: "doc:none/m0") { id } }');
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.errors?.[0]?.message).toContain('doc:none/m0');
    expect(codes(await gql(app, '{ directive(key: "CT-999-TW") { id } }'))).toEqual(['NOT_FOUND']);
    expect(codes(await gql(app, '{ meetings(after: "not-a-cursor") { nodes { id } } }'))).toEqual(['BAD_INPUT']);
    expect(codes(await gql(app, '{ meetings(filter: { from: "30/9/2020" }) { nodes { id } } }'))).toEqual(['BAD_INPUT']);
    expect(codes(await gql(app, '{ search(text: "  ,, ") { score } }'))).toEqual(['BAD_INPUT']);
    expect(codes(await gql(app, '{ connections(from: "CT-5-TW", to: "KH-12-HU", maxHops: 5) { length } }'))).toEqual(['LIMIT_EXCEEDED']);
    // Documents the schema does not accept get BAD_INPUT too, without suggestions outside development.
    const unknown = await gql(app, '{ meetings { nodes { titel } } }');
    expect(codes(unknown)).toEqual(['BAD_INPUT']);
    expect(unknown.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(codes(await gql(app, '{ meetings { nodes { id }'))).toEqual(['BAD_INPUT']);
    const tokens = await gql(app, `{ ${'meetings { totalCount } '.repeat(LIMITS.maxTokens / 4)} }`);
    expect(codes(tokens)).toEqual(['LIMIT_EXCEEDED']);
    expect(tokens.errors?.[0]?.message).toMatch(/Token limit/);
    await stillServes();
  });

  it('masks unexpected errors outside development and shows them in development', async () => {
    const broken: CypherEngine = {
      name: 'grafeo',
      read: async () => {
        throw new Error('connection refused to 10.0.0.7:7687');
      },
      write: async () => [],
      writeThen: async () => [],
      applySchema: async () => {},
      close: async () => {},
    };
    const brokenStore = new GraphStore(broken);
    const masked = await gql(createApp({ store: brokenStore, config: testConfig() }), '{ meetings { nodes { id } } }');
    expect(masked.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(masked)).not.toContain('10.0.0.7');
    const dev = await gql(createApp({ store: brokenStore, config: testConfig({ development: true }) }), '{ meetings { nodes { id } } }');
    expect(dev.errors?.[0]?.message).toContain('connection refused');
  });
});

describe('ingestDocument', () => {
  const text = 'Ngày 2/3/2021, Ban Tuyên giáo Huyện ủy Tri Tôn tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.';
  const mutation = 'mutation($t: String!) { ingestDocument(source: "tri-ton.txt", text: $t) { stored documents { id } } }';

  it('is off without KG_API_TOKEN (FORBIDDEN) and needs the bearer token when on (UNAUTHENTICATED)', async () => {
    const { store } = await fixtureStore([]);
    const off = createApp({ store, config: testConfig({ apiToken: null }) });
    expect(codes(await gql(off, mutation, { t: text }, { authorization: 'Bearer anything' }))).toEqual(['FORBIDDEN']);
    const on = createApp({ store, config: testConfig({ apiToken: 's3cret' }) });
    expect(codes(await gql(on, mutation, { t: text }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(on, mutation, { t: text }, { authorization: 'Bearer wrong!' }))).toEqual(['UNAUTHENTICATED']);
    expect(await store.count('Document')).toBe(0);

    const ok = await gql(on, mutation, { t: text }, { authorization: 'Bearer s3cret' });
    expect(ok.errors).toBeUndefined();
    expect((ok.data as any).ingestDocument.stored).toBe(1);
    // Idempotent: the same text again adds nothing.
    await gql(on, mutation, { t: text }, { authorization: 'Bearer s3cret' });
    expect(await store.count('Document')).toBe(1);
    await store.close();
  });
});
