import type { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting, olderTermCitation } from '../fixtures/extractions.js';
import { createApp, data, fixtureStore, testConfig, type App } from './helpers.js';

// Filters, order and cursors over hand-made articles: six district meetings on
// six dates, plus a 1998 meeting citing the 1997 Chỉ thị 05-CT/TW.
const DISTRICTS: Array<[string, string]> = [
  ['Tịnh Biên', '2020-09-30'],
  ['Tri Tôn', '2020-03-15'],
  ['An Phú', '2021-06-01'],
  ['Châu Đốc', '2021-11-20'],
  ['Tân Châu', '2022-01-05'],
  ['Chợ Mới', '2019-12-31'],
];

describe('lists: filters, order, cursors', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    ({ store } = await fixtureStore([
      ...DISTRICTS.map(([d, day]) => districtMeeting(d, { day, chair: d === 'Tri Tôn' ? 'Lê Thị Bình' : 'Nguyễn Văn An' })),
      olderTermCitation(),
    ]));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  const dates = (conn: { nodes: Array<{ date: string }> }) => conn.nodes.map((n) => n.date);

  it('walks every meeting page by page, newest first, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { meetings }: { meetings: any } = await data(
        app,
        'query($after: String) { meetings(first: 3, after: $after) { totalCount nodes { date } edges { cursor } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(meetings.totalCount).toBe(7);
      seen.push(...dates(meetings));
      pages++;
      if (!meetings.pageInfo.hasNextPage) break;
      expect(meetings.pageInfo.endCursor).toBe(meetings.edges.at(-1).cursor);
      after = meetings.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['2022-01-05', '2021-11-20', '2021-06-01', '2020-09-30', '2020-03-15', '2019-12-31', '1998-03-02']);
  });

  it('orders oldest first on request, with the same cursors working', async () => {
    const first = await data(app, '{ meetings(first: 2, orderBy: DATE_ASC) { nodes { date } pageInfo { endCursor } } }');
    expect(dates(first.meetings)).toEqual(['1998-03-02', '2019-12-31']);
    const next = await data(app, 'query($a: String) { meetings(first: 2, after: $a, orderBy: DATE_ASC) { nodes { date } } }', {
      a: first.meetings.pageInfo.endCursor,
    });
    expect(dates(next.meetings)).toEqual(['2020-03-15', '2020-09-30']);
  });

  it('filters meetings by date range, period, place, organizer and cited directive', async () => {
    const q = 'query($f: MeetingFilter) { meetings(filter: $f, first: 100) { totalCount nodes { date } } }';
    const run = async (f: object) => (await data(app, q, { f })).meetings;
    expect(dates(await run({ from: '2020-01-01', to: '2020-12-31' }))).toEqual(['2020-09-30', '2020-03-15']);
    expect((await run({ year: 2021 })).totalCount).toBe(2);
    expect((await run({ year: 2020, part: 'm9' })).totalCount).toBe(2);
    expect(dates(await run({ place: 'TRI TON' }))).toEqual(['2020-03-15']);
    expect(dates(await run({ place: 'place:cho-moi' }))).toEqual(['2019-12-31']);
    expect((await run({ organizer: 'ban tuyên giáo' })).totalCount).toBe(6);
    expect(dates(await run({ organizer: 'Tỉnh ủy' }))).toEqual(['1998-03-02']);
    // A key names every era; an id names one.
    expect((await run({ citedDirective: 'CT-5-TW' })).totalCount).toBe(7);
    expect(dates(await run({ citedDirective: 'CT-5-TW@1997' }))).toEqual(['1998-03-02']);
    expect((await run({ citedDirective: 'CT-5-TW', from: '2021-01-01' })).totalCount).toBe(3);
  });

  it('filters directives by kind, issuer, year and key', async () => {
    const q = 'query($f: DirectiveFilter) { directives(filter: $f) { totalCount nodes { id } } }';
    const ids = async (f: object) => (await data(app, q, { f })).directives.nodes.map((n: { id: string }) => n.id);
    expect(await ids({ kind: 'Chỉ thị' })).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
    expect(await ids({ kind: 'chi thi' })).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
    // A district plan is numbered per district: six districts' "Kế hoạch số 12" are six directives.
    const plans = await ids({ kind: 'KH' });
    expect(plans).toHaveLength(6);
    expect(plans.every((id: string) => id.startsWith('KH-12-HU~'))).toBe(true);
    expect(await ids({ issuer: 'bo chinh tri' })).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
    expect(await ids({ year: 1997 })).toEqual(['CT-5-TW@1997']);
    expect(await ids({ key: 'CT-5-TW' })).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
  });

  it('pages and counts directives with a kind alone and with no filter (queries of their own) as with several filters', async () => {
    const q = 'query($f: DirectiveFilter, $a: String) { directives(filter: $f, first: 4, after: $a) { totalCount nodes { id } pageInfo { endCursor } } }';
    const walk = async (f: object | null) => {
      const ids: string[] = [];
      const totals = new Set<number>();
      let a: string | null = null;
      for (;;) {
        const { directives }: { directives: { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { endCursor: string } } } = await data(app, q, {
          f,
          a,
        });
        ids.push(...directives.nodes.map((n) => n.id));
        totals.add(directives.totalCount);
        if (directives.nodes.length < 4) return { ids, totals: [...totals] };
        a = directives.pageInfo.endCursor;
      }
    };
    const all = await walk(null);
    expect(all.ids).toEqual([...all.ids].sort());
    expect(all.totals).toEqual([all.ids.length]);
    const plans = await walk({ kind: 'KH' });
    expect(plans).toEqual({ ids: all.ids.filter((id) => id.startsWith('KH-')), totals: [6] });
    // With a second filter the general query answers: the same directives.
    expect((await walk({ kind: 'KH', year: null, issuer: 'Ban Thường vụ Huyện ủy' })).ids).toEqual(plans.ids);
  });

  it('finds people and organizations by part of the name, accents ignored, in name order', async () => {
    const { people } = await data(app, '{ people(name: "nguyen van") { totalCount nodes { name } } }');
    expect(people.totalCount).toBe(5); // the same name in five districts: five people
    const { organizations } = await data(app, '{ organizations(name: "Bộ Chính") { nodes { id name } } }');
    expect(organizations.nodes).toEqual([{ id: 'org:bo-chinh-tri', name: 'Bộ Chính trị' }]);
    const page1 = await data(app, '{ organizations(first: 2) { nodes { name } pageInfo { endCursor } } }');
    const page2 = await data(app, 'query($a: String) { organizations(first: 2, after: $a) { nodes { name } } }', { a: page1.organizations.pageInfo.endCursor });
    const names = [...page1.organizations.nodes, ...page2.organizations.nodes].map((o: { name: string }) => o.name);
    expect(names).toEqual(['Ban Thường vụ Huyện ủy', 'Ban Thường vụ Huyện ủy', 'Ban Thường vụ Huyện ủy', 'Ban Thường vụ Huyện ủy']);
  });

  it('directive(key) gives the newest era, and citedBy pages through the citing meetings', async () => {
    const { directive } = await data(
      app,
      '{ directive(key: "CT-5-TW") { id era citationCount citedBy(first: 4) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }',
    );
    expect(directive).toMatchObject({ id: 'CT-5-TW@2016', era: '2016', citationCount: 6 });
    expect(directive.citedBy.totalCount).toBe(6);
    expect(directive.citedBy.nodes).toHaveLength(4);
    const next = await data(
      app,
      'query($a: String) { directive(key: "CT-5-TW@2016") { citedBy(first: 4, after: $a) { nodes { id } pageInfo { hasNextPage } } } }',
      { a: directive.citedBy.pageInfo.endCursor },
    );
    expect(next.directive.citedBy.nodes).toHaveLength(2);
    expect(next.directive.citedBy.pageInfo.hasNextPage).toBe(false);
    const old = await data(
      app,
      '{ directive(key: "CT-5-TW@1997") { issuedOn citedBy { nodes { date } edges { citation { evidence { sentence } document { source } } } } } }',
    );
    expect(old.directive).toEqual({
      issuedOn: '1997-12-10',
      citedBy: { nodes: [{ date: '1998-03-02' }], edges: [{ citation: { evidence: { sentence: 'Chỉ thị số 05-CT/TW' }, document: { source: 'old.txt' } } }] },
    });
    const listed = await data(app, '{ meetings(first: 1) { edges { citation { evidence { sentence } } } } }');
    expect(listed.meetings.edges).toEqual([{ citation: null }]);
  });

  it('resolves every relationship with its evidence', async () => {
    const { meetings } = await data(
      app,
      `{ meetings(filter: { place: "Tịnh Biên" }) { nodes {
      documents { source title publishedOn authors meetings { id } }
      participants { role person { name positions { title position organization { name place } evidence { sentence } } } evidence { sentence document { source } } }
      citations { directive { key implements { key } implementedBy { key } issuedBy { name } } evidence { sentence start end } }
    } } }`,
    );
    const [m] = meetings.nodes;
    expect(m.documents).toEqual([
      { source: 'Tịnh Biên.txt', title: 'Hội nghị sơ kết tại Tịnh Biên', publishedOn: '2020-09-30', authors: ['Phóng viên'], meetings: [expect.any(Object)] },
    ]);
    expect(m.participants).toEqual([
      {
        role: 'CHAIR',
        person: {
          name: 'Nguyễn Văn An',
          positions: [
            {
              title: 'Phó Bí thư',
              position: 'Phó Bí thư Huyện ủy',
              organization: { name: 'Huyện ủy', place: 'Tịnh Biên' },
              evidence: { sentence: 'Phó Bí thư Huyện ủy' },
            },
          ],
        },
        evidence: { sentence: 'Đồng chí Nguyễn Văn An', document: { source: 'Tịnh Biên.txt' } },
      },
    ]);
    const kh = m.citations.find((c: any) => c.directive.key === 'KH-12-HU');
    expect(kh.directive.implements).toEqual([{ key: 'CT-5-TW' }]);
    const ct = m.citations.find((c: any) => c.directive.key === 'CT-5-TW');
    // Each district's own Kế hoạch số 12 carries out the same Chỉ thị 05.
    expect(ct.directive.implementedBy).toHaveLength(6);
    expect(ct.directive.implementedBy.every((d: { key: string }) => d.key === 'KH-12-HU')).toBe(true);
    expect(ct.directive.issuedBy).toEqual([{ name: 'Bộ Chính trị' }]);
    expect(ct.evidence.sentence).toBe('Chỉ thị số 05-CT/TW');
  });

  it('finds any node by id through node(id), and organizations list members, issued directives and timeline', async () => {
    const { node } = await data(app, '{ node(id: "org:bo-chinh-tri") { __typename id ... on Organization { issued { id } } } }');
    expect(node).toEqual({ __typename: 'Organization', id: 'org:bo-chinh-tri', issued: [{ id: 'CT-5-TW@1997' }, { id: 'CT-5-TW@2016' }] });
    const { organization } = await data(app, '{ organization(id: "org:huyen-uy@tri-ton") { members { name } positions { title } } }');
    expect(organization).toEqual({ members: [{ name: 'Lê Thị Bình' }], positions: [{ title: 'Phó Bí thư' }] });
    const { organizationTimeline } = await data(
      app,
      '{ organizationTimeline(id: "org:ban-tuyen-giao-huyen-uy@tinh-bien") { period { year part } meetingCount } }',
    );
    expect(organizationTimeline).toEqual([{ period: { year: 2020, part: 'M9' }, meetingCount: 1 }]);
    const { place } = await data(app, '{ place(id: "place:tri-ton") { name meetings { date } } }');
    expect(place).toEqual({ name: 'Tri Tôn', meetings: [{ date: '2020-03-15' }] });
  });
});
