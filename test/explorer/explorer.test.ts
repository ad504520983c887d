import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse, validate } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { buildSchema } from '../../src/graphql/schema.js';
import { readExamples } from '../../src/graphql/examples.js';
import { useWebPages } from '../../src/graphql/plugins/useWebPages.js';
import { parseGrass } from '../../src/explorer/parseGrass.js';
import { styleFor } from '../../src/explorer/graphStyle.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import * as QUERIES from '../../explorer/src/queries.js';
import { fillCaption, neighbourhood, pathsGraph, shorten, type GraphPart } from '../../explorer/src/graphModel.js';
import { pieces, type Span } from '../../explorer/src/highlight.js';
import { seededStore } from '../fixtures/seededStore.js';
import { createApp, data, gql, testConfig, type App } from '../graphql/helpers.js';

// The explorer's pure parts (grass parsing, graph model, highlighting) on real API
// answers from the seed articles, every operation it sends, and what the server
// serves for a browser (/, /explorer/…, GraphiQL). The page itself is tested in
// headless Chromium in test/browser/.

const GRASS = readFileSync(new URL('../../neo4j/browser-style.grass', import.meta.url), 'utf8');

describe('neo4j/browser-style.grass, parsed for the explorer', () => {
  const style = parseGrass(GRASS);

  it('reads each label and type with the defaults under it', () => {
    expect(styleFor(style, 'node', 'Meeting')).toMatchObject({
      color: '#F79767',
      'border-color': '#F36924',
      diameter: '60px',
      caption: '{title}',
      'font-size': '10px',
    });
    expect(styleFor(style, 'node', 'Directive')).toMatchObject({ color: '#D9534F', caption: '{key}' });
    expect(styleFor(style, 'node', 'Unknown')).toMatchObject({ color: '#A5ABB6', caption: '{id}' });
    expect(styleFor(style, 'relationship', 'PARTICIPATED')).toMatchObject({ color: '#57C7E3', caption: '{role}', 'shaft-width': '1px' });
    expect(styleFor(style, 'relationship', 'IMPLEMENTS')).toMatchObject({ 'shaft-width': '3px', caption: '<type>' });
    expect(Object.keys(style.node).sort()).toEqual(['*', 'Directive', 'Document', 'Meeting', 'Organization', 'Person', 'Place']);
  });

  it('refuses a selector Browser would not read', () => {
    expect(() => parseGrass('node.Meeting, .nav a { color: red; }')).toThrow(/unsupported selector "\.nav a"/);
  });

  it('fills captions as Browser does and cuts long ones', () => {
    expect(fillCaption('{title}', { title: 'Hội nghị' })).toBe('Hội nghị');
    expect(fillCaption('<type>', {}, 'CITES')).toBe('CITES');
    expect(fillCaption('{missing}', {})).toBe('');
    expect(shorten('Hội nghị giao ban công tác khoa giáo', 12)).toBe('Hội nghị gi…');
    expect(shorten('CT-5-TW', 12)).toBe('CT-5-TW');
  });
});

describe('the explorer on the seed articles', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await seededStore();
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  const node = async (id: string) => (await data(app, QUERIES.NODE, { id, citedFirst: 50 })).node;
  const ids = (part: GraphPart) => new Set(part.nodes.map((n) => n.id));
  const connected = (part: GraphPart) => part.edges.every((e) => ids(part).has(e.source) && ids(part).has(e.target));

  it('every operation is valid against the schema', () => {
    const schema = buildSchema();
    const entries = Object.entries(QUERIES);
    expect(entries.map(([name]) => name).sort()).toEqual([
      'ARTICLE',
      'CITATION_COUNTS',
      'CONNECTIONS',
      'MOST_CITED',
      'NODE',
      'PERSON_PARTICIPATIONS',
      'PERSON_POSITIONS',
      'SEARCH',
    ]);
    for (const [name, query] of entries) expect([name, validate(schema, parse(query))]).toEqual([name, []]);
  });

  it('search finds a person without accents, and both Chỉ thị 05', async () => {
    const d = await data(app, QUERIES.SEARCH, { text: 'le huu tho', first: 8 });
    expect(d.search[0].node).toMatchObject({ __typename: 'Person', name: 'Lê Hữu Thọ' });
    const directives = await data(app, QUERIES.SEARCH, { text: 'chi thi 05', first: 8 });
    expect(
      directives.search
        .slice(0, 2)
        .map((h: any) => h.node.key)
        .sort(),
    ).toEqual(['CT-5-TTg', 'CT-5-TW']);
  });

  it('a directive: its neighbourhood (issuer, citing meeting with the sentence) and its counts by year and place', async () => {
    const ct = await node('CT-5-TTg');
    const part = neighbourhood(ct);
    expect(part.nodes[0]).toMatchObject({ id: ct.id, label: 'Directive', props: { key: 'CT-5-TTg' } });
    const cites = part.edges.filter((e) => e.type === 'CITES');
    expect(cites).toHaveLength(1);
    expect(cites[0]!.target).toBe(ct.id);
    expect(cites[0]!.evidence?.sentence).toContain('Thủ tướng Chính phủ');
    expect(part.edges.filter((e) => e.type === 'ISSUED_BY').map((e) => e.source)).toEqual(ct.issuedBy.map(() => ct.id));
    expect(connected(part)).toBe(true);

    const counts = await data(app, QUERIES.CITATION_COUNTS, { directive: ct.id });
    expect(counts.byYear).toEqual([{ year: 2020, count: 1 }]);
    expect(counts.byPlace).toEqual([{ place: { id: expect.any(String), name: 'Tịnh Biên' }, count: 1 }]);
  });

  it('a meeting: every citation, participant, place and article is a relationship in the stored direction', async () => {
    const ct = await node('CT-5-TTg');
    const m = await node(ct.citedBy.edges[0].node.id);
    const part = neighbourhood(m);
    const of = (type: string) => part.edges.filter((e) => e.type === type);
    expect(
      of('CITES')
        .map((e) => e.target)
        .sort(),
    ).toEqual(m.citations.map((c: any) => c.directive.id).sort());
    expect(of('CITES').every((e) => e.source === m.id && e.evidence?.sentence)).toBe(true);
    expect(of('HELD_IN')).toEqual([expect.objectContaining({ source: m.id, target: m.place.id })]);
    expect(of('PARTICIPATED').map((e) => [e.props.role, e.target])).toEqual(m.participants.map((p: any) => [p.role, m.id]));
    expect(of('REPORTS').map((e) => e.source)).toEqual(m.documents.map((d: any) => d.id));
    expect(of('ORGANIZED').length).toBe(m.organizers.length);
    expect(connected(part)).toBe(true);
    // Expanding a neighbour adds its own neighbourhood; ids are stable, so shared relationships are drawn once.
    const place = neighbourhood(await node(m.place.id));
    const heldIn = place.edges.find((e) => e.type === 'HELD_IN' && e.source === m.id);
    expect(heldIn?.id).toBe(of('HELD_IN')[0]!.id);
  });

  it('a person: offices and parts a page at a time, the first page with the node and drawn in its graph, the rest by "more"', async () => {
    const hit = await data(app, QUERIES.SEARCH, { text: 'le huu tho', first: 1 });
    const id: string = hit.search[0].node.id;
    const all = await data(
      app,
      '{ person(id: "' +
        id +
        '") { positionConnection(first: 100) { nodes { title organization { id } } } participationConnection(first: 100) { nodes { role meeting { id } } } } }',
    );
    const positions = all.person.positionConnection.nodes;
    const parts = all.person.participationConnection.nodes;
    expect(positions.length).toBeGreaterThan(1);
    expect(parts.length).toBeGreaterThan(0);

    // As the page reads it: the node, then a first page of each (here of one, so that "more" has work).
    const page = async (query: string, after: string | null) => (await data(app, query, { id, first: 1, after })).person.page;
    const node = (await data(app, QUERIES.NODE, { id, citedFirst: 50 })).node;
    const p = {
      ...node,
      positionConnection: await page(QUERIES.PERSON_POSITIONS, null),
      participationConnection: await page(QUERIES.PERSON_PARTICIPATIONS, null),
    };
    expect(p.positionConnection).toMatchObject({ totalCount: positions.length, pageInfo: { hasNextPage: true } });
    expect(p.positionConnection.nodes).toHaveLength(1);
    const part = neighbourhood(p);
    expect(part.edges.filter((e) => e.type === 'HOLDS').map((e) => e.target)).toEqual([positions[0].organization.id]);
    expect(part.edges.filter((e) => e.type === 'PARTICIPATED').map((e) => [e.props.role, e.target])).toEqual([[parts[0].role, parts[0].meeting.id]]);
    expect(connected(part)).toBe(true);

    // "More" one at a time reads each of them once, in the connection's order.
    async function readAll(query: string, first: { nodes: any[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }): Promise<any[]> {
      const read = [...first.nodes];
      let info = first.pageInfo;
      while (info.hasNextPage) {
        const next = await page(query, info.endCursor);
        read.push(...next.nodes);
        info = next.pageInfo;
      }
      return read;
    }
    const key = (x: any) => `${x.organization?.id ?? x.meeting?.id}|${x.title ?? x.role}`;
    expect((await readAll(QUERIES.PERSON_POSITIONS, p.positionConnection)).map(key)).toEqual(positions.map(key));
    expect((await readAll(QUERIES.PERSON_PARTICIPATIONS, p.participationConnection)).map(key)).toEqual(parts.map(key));
  });

  it('the article text: Document.text holds the cleaned text, and every evidence offset points at what was read', async () => {
    const ct = await node('CT-5-TTg');
    const m = await node(ct.citedBy.edges[0].node.id);
    const { document: doc } = await data(app, QUERIES.ARTICLE, { id: m.documents[0].id });
    expect(typeof doc.text).toBe('string');
    expect(doc.text.length).toBeGreaterThan(500);
    const spans: Span[] = doc.meetings.flatMap((x: any) =>
      x.citations.map((c: any) => ({
        start: c.evidence.start,
        end: c.evidence.end,
        kind: 'citation',
        label: c.directive.symbol ?? c.directive.key,
        target: c.directive.id,
      })),
    );
    expect(spans.length).toBe(m.citations.length);
    const cited = doc.meetings[0].citations.find((c: any) => c.directive.key === 'CT-5-TTg');
    expect(doc.text.slice(cited.evidence.start, cited.evidence.end)).toMatch(/Chỉ thị số 05/);
    const cut = pieces(doc.text, spans);
    expect(cut.map((p) => p.text).join('')).toBe(doc.text);
    for (const s of spans) expect(cut.some((p) => p.start === s.start && p.marks.some((x) => x.target === s.target && x.start === s.start))).toBe(true);
  });

  it('highlight pieces: overlapping, empty and out-of-range spans', () => {
    const text = 'Chỉ thị 05 và Nghị quyết 29.';
    const at = (s: string) => text.indexOf(s);
    const a: Span = { start: 0, end: at('05') + 2, kind: 'citation', label: 'a', target: 'A' };
    const b: Span = { start: at('05'), end: at('29'), kind: 'participant', label: 'b', target: 'B' };
    const c: Span = { start: at('.'), end: 999, kind: 'citation', label: 'c', target: 'C' };
    const empty: Span = { ...a, start: 5, end: 5, label: 'e' };
    const cut = pieces(text, [a, b, c, empty]);
    expect(cut.map((p) => [p.text, p.marks.map((m) => m.label).join('')])).toEqual([
      ['Chỉ thị ', 'a'],
      ['05', 'ab'],
      [' và Nghị quyết ', 'b'],
      ['29', ''],
      ['.', 'c'],
    ]);
    expect(cut.map((p) => p.text).join('')).toBe(text);
  });

  it('connections: the paths between two directives drawn as one graph', async () => {
    const d = await data(app, QUERIES.CONNECTIONS, { from: 'CT-5-TTg', to: 'NQ-29-TW', maxHops: 3, first: 10 });
    expect(d.connections.length).toBeGreaterThan(0);
    const part = pathsGraph(d.connections);
    const keys = part.nodes.filter((n) => n.label === 'Directive').map((n) => n.props.key);
    expect(keys).toEqual(expect.arrayContaining(['CT-5-TTg', 'NQ-29-TW']));
    expect(part.edges.length).toBeGreaterThanOrEqual(d.connections[0].length);
    expect(connected(part)).toBe(true);
  });
});

describe('what the server serves a browser', () => {
  let app: App;
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());
  const get = (path: string, init: RequestInit = {}) => app.fetch(`http://yoga${path}`, init);

  it('/ leads to the explorer', async () => {
    const res = await get('/', { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/explorer/');
  });

  it('GraphiQL: a page of local files only, with every example as a tab', async () => {
    const res = await get('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('src="/graphiql/graphiql.js"');
    const options = JSON.parse(/<script type="application\/json" id="graphiql-options">(.*?)<\/script>/s.exec(html)![1]!);
    const examples = readExamples();
    expect(options.defaultTabs.map((t: any) => t.query)).toEqual(examples.map((e) => e.query));
    expect(options.defaultQuery).toBe(examples[0]!.query);
    for (const path of ['/graphiql/graphiql.js', '/graphiql/editor.worker.js', '/graphiql/graphql.worker.js', '/graphiql/json.worker.js']) {
      const js = await get(path);
      expect([path, js.status, js.headers.get('content-type')]).toEqual([path, 200, 'text/javascript; charset=utf-8']);
      expect((await js.text()).length).toBeGreaterThan(1000);
    }
    expect((await get('/graphiql/graphiql.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/graphiql/other.js')).status).toBe(404);
  });

  it('the built explorer files, and nothing else under /explorer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'explorer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'app.js'), 'export {};');
    writeFileSync(join(dir, 'style.css'), 'body{}');
    const yoga = createYoga({ schema: buildSchema(), plugins: [useWebPages(pathToFileURL(`${dir}/`))], logging: false });
    const at = (path: string, init: RequestInit = {}) => yoga.fetch(`http://yoga${path}`, init);
    for (const path of ['/explorer', '/explorer/']) {
      const page = await at(path);
      expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>x</title>']);
    }
    const js = await at('/explorer/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await at('/explorer/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await at('/explorer/../package.json')).status).toBe(404);
    expect((await at('/explorer/%2e%2e/package.json')).status).toBe(404);
    expect((await at('/explorer/missing.js')).status).toBe(404);
    expect((await at('/explorer', { method: 'POST' })).status).toBe(405);
    expect((await at('/explorerx')).status).toBe(404);
    const unbuilt = createYoga({ schema: buildSchema(), plugins: [useWebPages(pathToFileURL(`${dir}/nothing/`))], logging: false });
    const missing = await unbuilt.fetch('http://yoga/explorer/');
    expect([missing.status, await missing.text()]).toEqual([404, expect.stringContaining('npm run build:explorer')]);
    expect((await gql(app, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});
