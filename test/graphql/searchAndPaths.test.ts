import type { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting, olderTermCitation } from '../fixtures/extractions.js';
import { createApp, data, fixtureStore, gql, testConfig, type App } from './helpers.js';

describe('search, analytics and connections', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    ({ store } = await fixtureStore([
      districtMeeting('Tịnh Biên', { day: '2020-09-30' }),
      districtMeeting('Tri Tôn', { day: '2021-03-02', chair: 'Lê Thị Bình' }),
      districtMeeting('An Phú', { day: '2021-11-20', chair: 'Lê Hữu Thọ' }),
      olderTermCitation(),
    ]));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  const search = async (text: string, extra = '') =>
    (await data(app, `query($t: String!) { search(text: $t${extra}) { score node { __typename ... on Node { id } } } }`, { t: text })).search as Array<{
      score: number;
      node: { __typename: string; id: string };
    }>;

  it('finds across types, accents and case ignored, best first', async () => {
    expect((await search('le huu tho'))[0]?.node).toEqual({ __typename: 'Person', id: 'person:le-huu-tho@an-phu' });
    expect((await search('LÊ HỮU THỌ'))[0]?.node.id).toBe('person:le-huu-tho@an-phu');
    expect(
      (await search('chi thi 05'))
        .slice(0, 2)
        .map((h) => h.node.id)
        .sort(),
    ).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
    expect((await search('chỉ thị 5'))[0]?.node.__typename).toBe('Directive');
    expect((await search('tri ton'))[0]?.node).toEqual({ __typename: 'Place', id: 'place:tri-ton' });
  });

  it('forgives a typo and restricts to the types asked', async () => {
    expect((await search('le huu thoo'))[0]?.node.id).toBe('person:le-huu-tho@an-phu');
    expect((await search('ke hoahc 12'))[0]?.node.id).toMatch(/^KH-12-HU~/);
    const orgs = await search('huyen uy', ', types: [ORGANIZATION]');
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.every((h) => h.node.__typename === 'Organization')).toBe(true);
    const scores = orgs.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('counts citations per year, period and place, and ranks directives', async () => {
    const q = `{ y: citationCounts(by: YEAR, directive: "CT-5-TW") { directive { id } year count }
      p: citationCounts(by: PLACE, directive: "CT-5-TW@2016") { place { name } count }
      top: mostCitedDirectives(first: 2) { directive { id } count }
      recent: mostCitedDirectives(from: "2021-01-01") { directive { id } count }
      co: coCitedDirectives(directive: "KH-12-HU") { directive { id } count meetings { date } } }`;
    const d = await data(app, q);
    expect(d.y).toEqual([
      { directive: { id: 'CT-5-TW@1997' }, year: 1998, count: 1 },
      { directive: { id: 'CT-5-TW@2016' }, year: 2020, count: 1 },
      { directive: { id: 'CT-5-TW@2016' }, year: 2021, count: 2 },
    ]);
    expect(d.p.map((r: any) => [r.place.name, r.count]).sort()).toEqual([
      ['An Phú', 1],
      ['Tri Tôn', 1],
      ['Tịnh Biên', 1],
    ]);
    // Each district's Kế hoạch số 12 is its own directive, cited once; ties go by id.
    expect(d.top).toEqual([
      { directive: { id: 'CT-5-TW@2016' }, count: 3 },
      { directive: { id: 'CT-5-TW@1997' }, count: 1 },
    ]);
    expect(d.recent.map((r: any) => r.count)).toEqual([2, 1, 1]);
    expect(d.co).toEqual([{ directive: { id: 'CT-5-TW@2016' }, count: 3, meetings: expect.any(Array) }]);
    expect(d.co[0].meetings).toHaveLength(3);
  });

  it('counts, with no directive named, the first most cited directives only, with no extra round trip for their nodes', async () => {
    const res = await gql(app, '{ citationCounts(by: PLACE, first: 2) { directive { id } place { name } count } }');
    expect(res.errors).toBeUndefined();
    const rows = (res.data as any).citationCounts;
    // The two most cited: CT-5-TW@2016 (three districts) and, on the tie at one, the lower id.
    expect(new Set(rows.map((r: any) => r.directive.id))).toEqual(new Set(['CT-5-TW@2016', 'CT-5-TW@1997']));
    expect(rows.filter((r: any) => r.directive.id === 'CT-5-TW@2016').map((r: any) => r.count)).toEqual([1, 1, 1]);
    // The ranking, the counts of its directives, the places; the directives' nodes come primed from the ranking.
    expect(res.extensions?.roundTrips).toBe(3);
    const over = await gql(app, '{ citationCounts(by: YEAR, first: 101) { count } }');
    expect(over.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });

  it('links two nodes by paths, shortest first, no node twice', async () => {
    const q = `query($from: ID!, $to: ID!, $hops: Int) { connections(from: $from, to: $to, maxHops: $hops, first: 20) {
      length nodes { __typename id } relationships { type from to role evidence { sentence } } } }`;
    const { connections } = await data(app, q, { from: 'person:le-huu-tho@an-phu', to: 'CT-5-TW', hops: 4 });
    expect(connections[0].length).toBe(2);
    expect(connections[0].nodes.map((n: any) => n.__typename)).toEqual(['Person', 'Meeting', 'Directive']);
    expect(connections[0].relationships[0]).toMatchObject({
      type: 'PARTICIPATED',
      from: 'person:le-huu-tho@an-phu',
      role: 'chair',
      evidence: { sentence: 'Đồng chí Lê Hữu Thọ' },
    });
    const lengths = connections.map((p: any) => p.length);
    expect([...lengths].sort()).toEqual(lengths);
    for (const p of connections) expect(new Set(p.nodes.map((n: any) => n.id)).size).toBe(p.nodes.length);
    // Two people of two districts meet through the directive both meetings cite: four hops.
    const far = await data(app, q, { from: 'person:le-huu-tho@an-phu', to: 'person:le-thi-binh@tri-ton', hops: 3 });
    expect(far.connections).toEqual([]);
    const near = await data(app, q, { from: 'person:le-huu-tho@an-phu', to: 'person:le-thi-binh@tri-ton', hops: 4 });
    expect(near.connections[0].length).toBe(4);
    // Three articles state the same ISSUED_BY: one path, not three.
    const direct = await data(app, q, { from: 'org:bo-chinh-tri', to: 'CT-5-TW@2016', hops: 2 });
    expect(direct.connections.map((p: any) => p.relationships.map((r: any) => r.type))).toEqual([['ISSUED_BY']]);
    const missing = await gql(app, '{ connections(from: "person:nobody", to: "CT-5-TW") { length } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
