import { readExamples } from '../../src/graphql/examples.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { seededStore } from '../fixtures/seededStore.js';
import { createApp, gql, testConfig, type App } from './helpers.js';

// Every operation in schema/examples runs against the five seed articles, with
// answers the articles plainly state (see test/gold/*.json).

const TOKEN = 'test-token';
const keys = (list: Array<{ directive: { key: string } }>) => list.map((c) => c.directive.key).sort();

const expectations: Record<string, (data: any) => void> = {
  '01-latest-meetings': (d) => {
    expect(d.meetings.totalCount).toBe(5);
    const nodes = d.meetings.nodes;
    expect(nodes.map((m: any) => m.date)).toEqual(['2023-06-23', '2021-10-06', '2020-09-30', '2020-07-10', '2017-07-19']);
    const tinhBien = nodes.find((m: any) => m.date === '2020-09-30');
    expect(tinhBien.place).toEqual({ name: 'Tịnh Biên' });
    expect(tinhBien.period).toEqual({ year: 2020, part: 'M9' });
    // Two "Chỉ thị 05" of two issuers: two directives.
    expect(keys(tinhBien.citations)).toEqual(expect.arrayContaining(['CT-5-TTg', 'CT-5-TW']));
    expect(nodes.find((m: any) => m.date === '2021-10-06').period).toEqual({ year: 2021, part: 'Q3' });
  },
  '02-meetings-in-a-place': (d) => {
    expect(d.meetings.nodes).toHaveLength(1);
    const [m] = d.meetings.nodes;
    expect(m.date).toBe('2020-09-30');
    expect(m.participants.map((p: any) => p.person.name)).toEqual(expect.arrayContaining(['Bùi Thiện Tâm', 'Trần Bá Phước']));
    for (const c of m.citations) {
      expect(c.document.source).toBe('004_845df41aaa0b93d2.txt');
      expect(c.evidence.sentence.length).toBeGreaterThan(0);
      expect(c.evidence.end).toBeGreaterThan(c.evidence.start);
    }
    const ttg = m.citations.find((c: any) => c.directive.key === 'CT-5-TTg');
    expect(ttg.evidence.sentence).toContain('Thủ tướng Chính phủ');
  },
  '03-directive': (d) => {
    expect(d.directive).toMatchObject({ key: 'CT-5-TTg', kind: 'Chỉ thị', symbol: '05/CT-TTg', issuedOn: '2020-01-28', citationCount: 1 });
    expect(d.directive.citedBy.totalCount).toBe(1);
    expect(d.directive.citedBy.nodes[0]).toMatchObject({ date: '2020-09-30', place: { name: 'Tịnh Biên' } });
    expect(d.directive.citedBy.edges[0].citation.evidence.sentence).toContain('Thủ tướng Chính phủ');
    expect(d.directive.citedBy.edges[0].citation.document.source).toBe('004_845df41aaa0b93d2.txt');
  },
  '04-search': (d) => {
    const top = d.search.slice(0, 2).map((h: any) => h.node);
    expect(top.every((n: any) => n.__typename === 'Directive')).toBe(true);
    expect(top.map((n: any) => n.key).sort()).toEqual(['CT-5-TTg', 'CT-5-TW']);
  },
  '05-person': (d) => {
    const [tho] = d.people.nodes;
    expect(tho.name).toBe('Lê Hữu Thọ');
    const participations = tho.participationConnection.nodes;
    const positions = tho.positionConnection.nodes;
    expect(participations).toContainEqual(expect.objectContaining({ role: 'CHAIR', meeting: expect.objectContaining({ date: '2021-10-06' }) }));
    expect(positions.map((p: any) => p.organization.name)).toContain('Ban Tuyên giáo Tỉnh ủy');
    for (const p of positions) expect(p.evidence.document.source).toBe('001_20b91e63489e390f.txt');
    // The paged list holds the meetings of the participations (fewer than a page here), each once, by date.
    expect(participations.length).toBeLessThan(5);
    const attended = [...new Set(participations.map((p: any) => p.meeting.date))].sort();
    expect(tho.meetingConnection.totalCount).toBe(attended.length);
    expect(tho.meetingConnection.nodes.map((m: any) => m.date)).toEqual(attended.slice(0, 5));
    expect(tho.meetingConnection.pageInfo.hasNextPage).toBe(attended.length > 5);
  },
  '06-most-cited': (d) => {
    expect(d.mostCitedDirectives).toHaveLength(5);
    expect(d.mostCitedDirectives[0].count).toBeGreaterThanOrEqual(1);
    // citationCounts with no directive counts the same five directives: their years add up to each one's count.
    const byKey = new Map<string, number>();
    for (const r of d.citationCounts) byKey.set(r.directive.key, (byKey.get(r.directive.key) ?? 0) + r.count);
    expect(byKey).toEqual(new Map(d.mostCitedDirectives.map((r: any) => [r.directive.key, r.count])));
    for (const r of d.citationCounts) expect(r.year).toBeGreaterThan(1990);
  },
  '07-citations-by-period-and-place': (d) => {
    expect(d.byPeriod).toEqual([expect.objectContaining({ year: 2020, part: 'M9', count: 1 })]);
    expect(d.byPlace).toEqual([expect.objectContaining({ place: { name: 'Tịnh Biên' }, count: 1 })]);
  },
  '08-co-cited': (d) => {
    expect(keys(d.coCitedDirectives)).toEqual(expect.arrayContaining(['CT-5-TTg', 'CV-79-TW', 'KH-110-HU', 'KL-51-TW', 'NQ-29-TW']));
    expect(keys(d.coCitedDirectives)).not.toContain('CT-5-TW');
    for (const c of d.coCitedDirectives) expect(c.meetings.map((m: any) => m.date)).toEqual(['2020-09-30']);
  },
  '09-organization-timeline': (d) => {
    const tinhUy = d.organizations.nodes.find((o: any) => o.name === 'Ban Tuyên giáo Tỉnh ủy' && o.timeline.length > 0);
    expect(tinhUy.timeline).toEqual([{ period: { year: 2021, part: 'Q3' }, meetingCount: 1, meetings: [expect.objectContaining({ date: '2021-10-06' })] }]);
    for (const o of d.organizations.nodes) expect(o.name.toLowerCase()).toContain('ban tuyên giáo');
  },
  '10-connections': (d) => {
    const [shortest] = d.connections;
    expect(shortest.length).toBe(2);
    expect(shortest.nodes.map((n: any) => n.__typename)).toEqual(['Directive', 'Meeting', 'Directive']);
    expect(shortest.nodes[1].date).toBe('2020-09-30');
    expect(shortest.relationships.map((r: any) => r.type)).toEqual(['CITES', 'CITES']);
    for (const r of shortest.relationships) expect(r.evidence.sentence.length).toBeGreaterThan(0);
    const lengths = d.connections.map((p: any) => p.length);
    expect([...lengths].sort()).toEqual(lengths);
  },
  '11-directives-by-kind': (d) => {
    expect(d.directives.nodes.map((n: any) => n.key).sort()).toEqual(['CT-10-TW', 'CT-11-TW', 'CT-5-TTg', 'CT-5-TW']);
    expect(d.directives.totalCount).toBe(4);
  },
  '12-pagination': (d) => {
    expect(d.meetings.totalCount).toBe(5);
    expect(d.meetings.edges.map((e: any) => e.node.date)).toEqual(['2017-07-19', '2020-07-10']);
    expect(d.meetings.pageInfo).toMatchObject({ hasNextPage: true, endCursor: d.meetings.edges[1].cursor });
  },
  '13-ingest': (d) => {
    expect(d.ingestDocument).toMatchObject({ stored: 1, meetings: 1, skipped: [] });
    const [doc] = d.ingestDocument.documents;
    expect(doc.meetings[0].date).toBe('2024-03-05');
    expect(doc.meetings[0].citations.map((c: any) => c.directive.key)).toContain('CT-5-TW');
  },
};

describe('schema/examples against the seed articles', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await seededStore();
    app = createApp({ store, config: testConfig({ apiToken: TOKEN }) });
  });
  afterAll(() => store.close());

  const examples = readExamples();

  it('has at least eight examples, each with its asserted answer', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(expectations).sort());
  });

  it.each(examples.map((e) => [e.name, e.query]))('%s', async (name, query) => {
    const res = await gql(app, query, {}, { authorization: `Bearer ${TOKEN}` });
    expect(res.errors).toBeUndefined();
    expectations[name]?.(res.data);
    expect(typeof res.extensions?.roundTrips).toBe('number');
  });

  it('shows the examples as GraphiQL tabs', async () => {
    const res = await app.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    for (const name of ['LatestMeetings', 'OrganizationTimeline', 'Connections']) expect(html).toContain(name);
  });
});
