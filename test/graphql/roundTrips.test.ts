import { districtMeeting } from '../fixtures/extractions.js';
import { createApp, data, fixtureStore, gql, testConfig } from './helpers.js';

// Four levels that each read the database: meetings → citations (with the directive)
// → citedBy (a page per directive) → organizers of those meetings.
const FOUR_LEVELS = /* GraphQL */ `
  query FourLevels($first: Int!) {
    meetings(first: $first) {
      nodes {
        title
        citations {
          directive {
            key
            citedBy(first: 10) {
              nodes {
                id
                organizers {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;

const DISTRICTS = ['Tịnh Biên', 'Tri Tôn', 'An Phú', 'Châu Đốc', 'Tân Châu', 'Chợ Mới'];

describe('database round trips', () => {
  it.each([1, 3, 6])('a 4-level query over %i meetings costs 4 round trips, one batch per level', async (n) => {
    // Each meeting on a day of its own, so the page spans n days.
    const { store, recorder } = await fixtureStore(DISTRICTS.slice(0, n).map((d, i) => districtMeeting(d, { day: `2020-09-${String(10 + i)}` })));
    const app = createApp({ store, config: testConfig() });
    const res = await gql(app, FOUR_LEVELS, { first: 10 });
    expect(res.errors).toBeUndefined();
    const meetings = (res.data as any).meetings.nodes;
    expect(meetings).toHaveLength(n);
    // Every meeting cites CT-5-TW@2016, which every meeting's page lists.
    const ct = meetings[0].citations.find((c: any) => c.directive.key === 'CT-5-TW');
    expect(ct.directive.citedBy.nodes).toHaveLength(n);
    expect(res.extensions?.roundTrips).toBe(4);
    // The recorder under the store saw the same four calls, each carrying every key of its level.
    expect(recorder.calls.map((c) => c.query)).toEqual([
      'api_list_meetings_desc',
      'rel_meeting_citations',
      'rel_directive_cited_by_page',
      'rel_meeting_organizers',
    ]);
    // Level 3 asks for every directive cited: the one Chỉ thị 05 and each district's own Kế hoạch số 12.
    expect(recorder.calls.map((c) => c.keys)).toEqual([1, n, 1 + n, n]);
    await store.close();
  });

  it('reads a page of meetings in one query whatever the page size (day buckets, then the days needed)', async () => {
    for (const first of [1, 4, 100]) {
      const { store, recorder } = await fixtureStore(DISTRICTS.map((d, i) => districtMeeting(d, { day: `2020-09-${String(10 + (i % 3))}` })));
      const res = await data(createApp({ store, config: testConfig() }), `{ meetings(first: ${String(first)}) { nodes { id } } }`);
      expect(res.meetings.nodes).toHaveLength(Math.min(first, DISTRICTS.length));
      expect(recorder.calls.map((c) => c.query)).toEqual(['api_list_meetings_desc']);
      await store.close();
    }
  });

  it('reports no round trips when switched off', async () => {
    const { store } = await fixtureStore([districtMeeting('Tịnh Biên')]);
    const app = createApp({ store, config: testConfig({ reportRoundTrips: false }) });
    const res = await gql(app, '{ meetings(first: 1) { nodes { id } } }');
    expect(res.errors).toBeUndefined();
    expect(res.extensions?.roundTrips).toBeUndefined();
    await store.close();
  });

  it('asks totalCount only when the client wants it', async () => {
    const { store } = await fixtureStore([districtMeeting('Tịnh Biên'), districtMeeting('Tri Tôn')]);
    const app = createApp({ store, config: testConfig() });
    const res = await gql(app, '{ meetings(first: 1) { totalCount nodes { id } } }');
    expect(res.data).toMatchObject({ meetings: { totalCount: 2 } });
    expect(res.extensions?.roundTrips).toBe(2);
    expect((await data(createApp({ store, config: testConfig() }), '{ documents { totalCount } }')).documents.totalCount).toBe(2);
    await store.close();
  });
});
