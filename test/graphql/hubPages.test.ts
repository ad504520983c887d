import { readFileSync } from 'node:fs';
import { GraphQLEnumType, GraphQLObjectType, NoDeprecatedCustomRule, parse, validate } from 'graphql';
import { readExamples } from '../../src/graphql/examples.js';
import * as explorerQueries from '../../explorer/src/queries.js';
import { RELATIONSHIP_TYPES } from '../../src/graph/model.js';
import { buildSchema } from '../../src/graphql/schema.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { ApiStore } from '../../src/store/ApiStore.js';
import { createLoaders, MAX_BATCH_SIZE } from '../../src/graphql/loaders.js';
import type { CountingEngine } from '../../src/graphql/countingEngine.js';
import { districtMeeting, olderTermCitation } from '../fixtures/extractions.js';
import { createApp, data, fixtureStore, gql, testConfig, type App } from './helpers.js';

// Lists on hub nodes a page at a time, complete Relay page info, enums for fixed sets,
// and the DataLoaders' priming and clearing. Five meetings in Tịnh Biên (two chaired
// by Lê Thị Bình), one in Tri Tôn, and a 1998 meeting citing the 1997 Chỉ thị 05.
const TINH_BIEN_DAYS = ['2020-09-30', '2019-12-31', '2021-06-01', '2020-03-15', '2022-01-05'];
const BINH = new Set(['2019-12-31', '2021-06-01']);

describe('hub lists as connections', () => {
  let store: GraphStore;
  let recorder: CountingEngine;
  let app: App;
  beforeAll(async () => {
    ({ store, recorder } = await fixtureStore([
      ...TINH_BIEN_DAYS.map((day) => districtMeeting('Tịnh Biên', { day, chair: BINH.has(day) ? 'Lê Thị Bình' : 'Nguyễn Văn An' })),
      districtMeeting('Tri Tôn', { day: '2020-05-05' }),
      olderTermCitation(),
    ]));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  /** Every page of one connection field, two at a time, checking the page info of each. */
  async function walk(query: string, pick: (d: any) => any): Promise<{ ids: string[]; keys: string[]; totals: number[] }> {
    const ids: string[] = [];
    const keys: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const conn: any = pick(await data(app, query, { after }));
      totals.push(conn.totalCount);
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(conn.pageInfo.startCursor).toBe(conn.edges[0]?.cursor ?? null);
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
      ids.push(...conn.nodes.map((n: any) => n.id));
      keys.push(...conn.nodes.map((n: any) => n.date ?? n.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    return { ids, keys, totals };
  }
  const PAGE = 'totalCount nodes { id date } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
  const ID_PAGE = 'totalCount nodes { id } edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
  const sortedDays = [...TINH_BIEN_DAYS].sort();

  it('pages the meetings of a place by date, each once, the same as the whole list', async () => {
    const q = `query($after: String) { place(id: "place:tinh-bien") { meetings { id } meetingConnection(first: 2, after: $after) { ${PAGE} } } }`;
    const { ids, keys, totals } = await walk(q, (d) => d.place.meetingConnection);
    expect(keys).toEqual(sortedDays);
    expect(totals).toEqual([5, 5, 5]);
    const whole = await data(app, '{ place(id: "place:tinh-bien") { meetings { id } } }');
    expect(ids).toEqual(whole.place.meetings.map((m: any) => m.id));
  });

  it("pages an organization's meetings, directives and members, and a person's meetings", async () => {
    const organized = await walk(
      `query($after: String) { organization(id: "org:ban-tuyen-giao-huyen-uy@tinh-bien") { organizedConnection(first: 2, after: $after) { ${PAGE} } } }`,
      (d) => d.organization.organizedConnection,
    );
    expect(organized.keys).toEqual(sortedDays);
    const issued = await walk(
      `query($after: String) { organization(id: "org:bo-chinh-tri") { issuedConnection(first: 1, after: $after) { ${ID_PAGE} } } }`,
      (d) => d.organization.issuedConnection,
    );
    expect(issued.ids).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
    expect(issued.totals).toEqual([2, 2]);
    const members = await walk(
      `query($after: String) { organization(id: "org:huyen-uy@tinh-bien") { memberConnection(first: 1, after: $after) { ${ID_PAGE} } } }`,
      (d) => d.organization.memberConnection,
    );
    const whole = await data(app, '{ organization(id: "org:huyen-uy@tinh-bien") { members { id } } }');
    expect(members.ids).toEqual(whole.organization.members.map((m: any) => m.id).sort());
    expect(members.ids).toHaveLength(2);
    const binh = members.ids.find((id) => id.startsWith('person:le-thi-binh'));
    const attended = await walk(
      `query($after: String) { person(id: "${binh}") { meetingConnection(first: 1, after: $after) { ${PAGE} } } }`,
      (d) => d.person.meetingConnection,
    );
    expect(attended.keys).toEqual([...BINH].sort());
  });

  it('reads one level of pages in one query, whatever the number of parents', async () => {
    recorder.calls.length = 0;
    const res = await gql(app, '{ organizations(first: 100, name: "ban tuyen giao") { nodes { organizedConnection(first: 1) { totalCount nodes { id } } } } }');
    expect(res.errors).toBeUndefined();
    const nodes = (res.data as any).organizations.nodes;
    expect(nodes.map((n: any) => n.organizedConnection.totalCount).sort()).toEqual([1, 5]);
    const pageCalls = recorder.calls.filter((c) => c.query === 'rel_organization_organized_page');
    expect(pageCalls).toHaveLength(1);
    expect(pageCalls[0]?.keys).toBe(2);
  });

  it('costs the same round trips whatever the page size: the parent, then one query for the page and its total', async () => {
    const binh = (await data(app, '{ organization(id: "org:huyen-uy@tinh-bien") { memberConnection { nodes { id } } } }')).organization.memberConnection.nodes
      .map((n: any) => n.id)
      .find((id: string) => id.startsWith('person:le-thi-binh'));
    const fields = [
      ['place(id: "place:tinh-bien")', 'meetingConnection', 'rel_place_meetings_page'],
      ['organization(id: "org:ban-tuyen-giao-huyen-uy@tinh-bien")', 'organizedConnection', 'rel_organization_organized_page'],
      ['organization(id: "org:bo-chinh-tri")', 'issuedConnection', 'rel_organization_issued_page'],
      ['organization(id: "org:huyen-uy@tinh-bien")', 'memberConnection', 'rel_organization_members_page'],
      [`person(id: "${binh}")`, 'meetingConnection', 'rel_person_meetings_page'],
    ];
    for (const [parent, field, query] of fields) {
      const trips: number[] = [];
      for (const first of [1, 2, 100]) {
        recorder.calls.length = 0;
        const res = await gql(app, `{ ${parent} { ${field}(first: ${first}) { totalCount nodes { id } pageInfo { hasNextPage } } } }`);
        expect(res.errors).toBeUndefined();
        trips.push(Number(res.extensions?.roundTrips));
        expect(recorder.calls.filter((c) => c.query === query)).toHaveLength(1);
      }
      expect(trips).toEqual([2, 2, 2]);
    }
  });

  it('refuses a page over 100 and a cursor from elsewhere', async () => {
    const big = await gql(app, '{ place(id: "place:tinh-bien") { meetingConnection(first: 101) { totalCount } } }');
    expect(big.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
    const bad = await gql(app, '{ place(id: "place:tinh-bien") { meetingConnection(after: "nope") { totalCount } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_INPUT');
  });

  it('answers the fixed sets as enums: scope, period part', async () => {
    const d = await data(app, '{ local: organization(id: "org:huyen-uy@tinh-bien") { scope } national: organization(id: "org:bo-chinh-tri") { scope } }');
    expect(d).toEqual({ local: { scope: 'LOCAL' }, national: { scope: 'NATIONAL' } });
    const values = (name: string) => {
      const type = buildSchema().getType(name);
      return type instanceof GraphQLEnumType ? type.getValues().map((v) => v.name) : null;
    };
    expect(values('OrganizationScope')).toEqual(['NATIONAL', 'LOCAL']);
    expect(values('PeriodPart')).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'M9', 'Y']);
    expect(values('RelationshipType')).toEqual([...RELATIONSHIP_TYPES]);
    const periods = await data(app, '{ place(id: "place:tri-ton") { meetings { period { year part } } } }');
    expect(periods.place.meetings).toEqual([{ period: { year: 2020, part: 'M9' } }]);
  });

  it('primes the directive loader by id when directives are read by key', async () => {
    recorder.calls.length = 0;
    const d = await data(app, '{ directive(key: "CT-5-TW") { id } citationCounts(by: YEAR, directive: "CT-5-TW") { directive { id } count } }');
    expect(d.directive.id).toBe('CT-5-TW@2016');
    expect(new Set(d.citationCounts.map((c: any) => c.directive.id))).toEqual(new Set(['CT-5-TW@1997', 'CT-5-TW@2016']));
    // The key was looked up once as an id (no such id) and once as a key; the counts' directives came primed.
    expect(recorder.calls.filter((c) => c.query === 'directives_by_ids').map((c) => c.keys)).toEqual([1]);
  });
});

describe('the unpaged hub lists', () => {
  const schema = buildSchema();
  const HUB_LISTS: Array<[string, string, string]> = [
    ['Place', 'meetings', 'meetingConnection'],
    ['Organization', 'members', 'memberConnection'],
    ['Organization', 'organized', 'organizedConnection'],
    ['Organization', 'issued', 'issuedConnection'],
    ['Person', 'meetings', 'meetingConnection'],
  ];

  it.each(HUB_LISTS)('%s.%s is deprecated in favour of its connection', (type, list, connection) => {
    const object = schema.getType(type);
    if (!(object instanceof GraphQLObjectType)) throw new Error(`${type} is not an object type`);
    const fields = object.getFields();
    expect(fields[list]?.deprecationReason).toMatch(new RegExp(`^Use ${connection}: `));
    expect(fields[connection]?.args.map((a) => a.name)).toEqual(['first', 'after']);
    expect(fields[connection]?.deprecationReason).toBeUndefined();
  });

  it('is used by no example operation, no GraphQL block of the README and no query of the explorer', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m, i) => ({ name: `README block ${i + 1}`, query: m[1] ?? '' }));
    const explorer = Object.entries(explorerQueries).map(([name, query]) => ({ name: `explorer ${name}`, query: String(query) }));
    expect(explorer.length).toBeGreaterThanOrEqual(5);
    const operations = [...readExamples(), ...blocks, ...explorer];
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const { name, query } of operations) {
      const deprecated = validate(schema, parse(query), [NoDeprecatedCustomRule]).map((e) => `${name}: ${e.message}`);
      expect(deprecated).toEqual([]);
    }
    // The rule does see a deprecated field when one is used.
    expect(validate(schema, parse('{ place(id: "x") { meetings { id } } }'), [NoDeprecatedCustomRule])).toHaveLength(1);
  });
});

describe('loaders', () => {
  it('are cleared after ingestDocument: a second ingest in the same operation reads the graph it wrote', async () => {
    const { store } = await fixtureStore([]);
    const app = createApp({ store, config: testConfig({ apiToken: 'tok' }) });
    // Mutation fields run one after the other; without clearing, b would be answered from what a's selection cached.
    const selection = 'stored documents { meetings { place { id meetingConnection { totalCount nodes { date } } } } }';
    const res = await gql(
      app,
      `mutation($a: String!, $b: String!) {
      a: ingestDocument(source: "tri-ton-1.txt", text: $a) { ${selection} }
      b: ingestDocument(source: "tri-ton-2.txt", text: $b) { ${selection} }
    }`,
      {
        a: 'Ngày 2/3/2021, Ban Tuyên giáo Huyện ủy Tri Tôn tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị.',
        b: 'Ngày 9/4/2021, Ban Dân vận Huyện ủy Tri Tôn tổ chức Hội nghị giao ban công tác dân vận quý I năm 2021.',
      },
      { authorization: 'Bearer tok' },
    );
    expect(res.errors).toBeUndefined();
    const place = (r: any) => r.documents[0].meetings[0].place;
    const { a, b } = res.data as any;
    expect(place(a).id).toBe(place(b).id);
    expect(place(a).meetingConnection).toEqual({ totalCount: 1, nodes: [{ date: '2021-03-02' }] });
    expect(place(b).meetingConnection).toEqual({ totalCount: 2, nodes: [{ date: '2021-03-02' }, { date: '2021-04-09' }] });
    await store.close();
  });

  it('batch at most MAX_BATCH_SIZE keys per query, and forget everything on clearAll', async () => {
    const { store, recorder } = await fixtureStore([districtMeeting('Tịnh Biên')]);
    const loaders = createLoaders(new ApiStore(store.engine));
    const ids = Array.from({ length: MAX_BATCH_SIZE + 1 }, (_, i) => (i === 0 ? 'place:tinh-bien' : `place:none-${i}`));
    const places = await Promise.all(ids.map((id) => loaders.node.Place.load(id)));
    expect(places[0]?.name).toBe('Tịnh Biên');
    expect(places.slice(1).every((p) => p === null)).toBe(true);
    expect(recorder.calls.map((c) => c.keys)).toEqual([MAX_BATCH_SIZE, 1]);
    await loaders.node.Place.load('place:tinh-bien');
    expect(recorder.calls).toHaveLength(2);
    loaders.clearAll();
    await loaders.node.Place.load('place:tinh-bien');
    expect(recorder.calls).toHaveLength(3);
    await store.close();
  });
});
