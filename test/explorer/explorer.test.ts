import { parse, validate } from 'graphql';
import { buildSchema } from '../../src/graphql/schema.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import * as QUERIES from '../../explorer/queries.js';
import { seededStore } from '../fixtures/seededStore.js';
import { createApp, data, gql, testConfig, type App } from '../graphql/helpers.js';

// The explorer page (explorer/) is served by the app, and every operation its
// script sends (explorer/queries.js) is valid and answers on the seed articles.

describe('explorer', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await seededStore();
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  const get = (path: string, init: RequestInit = {}) => app.fetch(`http://yoga${path}`, init);

  it('serves the page, its script, queries and style with their content types', async () => {
    for (const path of ['/explorer', '/explorer/']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('src="/explorer/app.js"');
    }
    for (const path of ['/explorer/app.js', '/explorer/queries.js']) {
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await res.text()).toMatch(/export |import /);
    }
    const css = await get('/explorer/style.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/explorer/app.js')).headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers nothing else under /explorer, and leaves /graphql alone', async () => {
    expect((await get('/explorer/../package.json')).status).toBe(404);
    expect((await get('/explorer/secret.txt')).status).toBe(404);
    expect((await get('/explorer', { method: 'POST' })).status).toBe(405);
    expect((await get('/explorerx')).status).toBe(404);
    expect((await gql(app, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('the script imports its operations from queries.js and builds none itself', async () => {
    const script = await (await get('/explorer/app.js')).text();
    expect(script).toMatch(/from '\.\/queries\.js'/);
    expect(script).not.toMatch(/\bquery\s*[({]|`\s*\{/);
  });

  it('every operation is valid against the schema', () => {
    const schema = buildSchema();
    const entries = Object.entries(QUERIES);
    expect(entries.map(([name]) => name).sort()).toEqual(['MOST_CITED', 'NODE', 'SEARCH']);
    for (const [name, query] of entries) expect([name, validate(schema, parse(query))]).toEqual([name, []]);
  });

  it('search finds a person without accents, and a directive', async () => {
    const d = await data(app, QUERIES.SEARCH, { text: 'le huu tho', first: 20 });
    expect(d.search[0].node).toMatchObject({ __typename: 'Person', name: 'Lê Hữu Thọ' });
    const directives = await data(app, QUERIES.SEARCH, { text: 'chi thi 05', first: 20 });
    expect(directives.search.slice(0, 2).map((h: any) => h.node.key).sort()).toEqual(['CT-5-TTg', 'CT-5-TW']);
  });

  it('most cited directives for the start screen', async () => {
    const d = await data(app, QUERIES.MOST_CITED, { first: 10 });
    expect(d.mostCitedDirectives.length).toBeGreaterThan(0);
    const counts = d.mostCitedDirectives.map((r: any) => r.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(d.mostCitedDirectives[0].directive).toEqual(expect.objectContaining({ id: expect.any(String), key: expect.any(String) }));
  });

  const node = async (id: string) => (await data(app, QUERIES.NODE, { id, citedFirst: 50 })).node;

  it('a directive: what it is and the meetings citing it, with the sentence', async () => {
    const ct = await node('CT-5-TTg');
    expect(ct).toMatchObject({ __typename: 'Directive', key: 'CT-5-TTg', symbol: '05/CT-TTg', issuedOn: '2020-01-28', citationCount: 1 });
    expect(ct.citedBy.totalCount).toBe(1);
    const [edge] = ct.citedBy.edges;
    expect(edge.node).toMatchObject({ date: '2020-09-30', place: { name: 'Tịnh Biên' } });
    expect(edge.citation.evidence.sentence).toContain('Thủ tướng Chính phủ');
    expect(edge.citation.evidence.document.source).toBe('004_845df41aaa0b93d2.txt');
    expect(Array.isArray(ct.implements) && Array.isArray(ct.implementedBy)).toBe(true);
  });

  it('a meeting: date, place, organizers, participants with roles, citations with evidence', async () => {
    const ct = await node('CT-5-TTg');
    const m = await node(ct.citedBy.edges[0].node.id);
    expect(m).toMatchObject({ __typename: 'Meeting', date: '2020-09-30', period: { year: 2020, part: 'M9' }, place: { name: 'Tịnh Biên' } });
    expect(m.organizers.length).toBeGreaterThan(0);
    expect(m.participants.map((p: any) => p.person.name)).toEqual(expect.arrayContaining(['Bùi Thiện Tâm', 'Trần Bá Phước']));
    expect(m.participants.every((p: any) => typeof p.role === 'string')).toBe(true);
    expect(m.citations.map((c: any) => c.directive.key)).toEqual(expect.arrayContaining(['CT-5-TTg', 'CT-5-TW']));
    for (const c of m.citations) expect(c.evidence.document.source).toBe('004_845df41aaa0b93d2.txt');
    // Every neighbour has an id the page can link to.
    const place = await node(m.place.id);
    expect(place).toMatchObject({ __typename: 'Place', name: 'Tịnh Biên' });
    expect(place.meetings.map((x: any) => x.id)).toContain(m.id);
  });

  it('a person: positions and participations; an organization: members, meetings, timeline', async () => {
    const [hit] = (await data(app, QUERIES.SEARCH, { text: 'le huu tho', first: 5 })).search;
    const tho = await node(hit.node.id);
    expect(tho.name).toBe('Lê Hữu Thọ');
    expect(tho.participations).toContainEqual(expect.objectContaining({ role: 'CHAIR', meeting: expect.objectContaining({ date: '2021-10-06' }) }));
    const ban = tho.positions.find((p: any) => p.organization.name === 'Ban Tuyên giáo Tỉnh ủy');
    expect(ban).toBeDefined();
    const org = await node(ban.organization.id);
    expect(org).toMatchObject({ __typename: 'Organization', name: 'Ban Tuyên giáo Tỉnh ủy' });
    expect(org.members.map((p: any) => p.id)).toContain(tho.id);
    expect(org.timeline.reduce((n: number, t: any) => n + t.meetingCount, 0)).toBe(org.organized.length);
  });

  it('a document and an unknown id: the error the page shows', async () => {
    const [m] = (await data(app, '{ meetings(first: 1) { nodes { documents { id } } } }')).meetings.nodes;
    const doc = await node(m.documents[0].id);
    expect(doc).toMatchObject({ __typename: 'Document', source: expect.stringMatching(/\.txt$/) });
    expect(doc.meetings.length).toBeGreaterThan(0);
    const missing = await gql(app, QUERIES.NODE, { id: 'person:nobody', citedFirst: 50 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
