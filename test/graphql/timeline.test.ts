import type { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting } from '../fixtures/extractions.js';
import { createApp, data, fixtureStore, gql, testConfig, type App } from './helpers.js';

// One district's propaganda board reports three meetings, two in September 2020, one in September 2021.
const BOARD = 'org:ban-tuyen-giao-huyen-uy@tinh-bien';
const articles = ['2020-09-30', '2021-09-05', '2020-09-10'].map((day, i) => ({ ...districtMeeting('Tịnh Biên', { day }), source: `tinh-bien-${i}.txt` }));

describe("an organization's timeline", () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    ({ store } = await fixtureStore(articles));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  it('counts every meeting of each period, periods and meetings in date order, and pages the meetings', async () => {
    const q = `query($id: ID!) {
      organizationTimeline(id: $id) { period { year part } meetingCount all: meetings { date } first: meetings(first: 1) { date } }
      organization(id: $id) { timeline { meetingCount } }
    }`;
    const d = await data(app, q, { id: BOARD });
    expect(d.organizationTimeline).toEqual([
      { period: { year: 2020, part: 'M9' }, meetingCount: 2, all: [{ date: '2020-09-10' }, { date: '2020-09-30' }], first: [{ date: '2020-09-10' }] },
      { period: { year: 2021, part: 'M9' }, meetingCount: 1, all: [{ date: '2021-09-05' }], first: [{ date: '2021-09-05' }] },
    ]);
    expect(d.organization.timeline.map((e: any) => e.meetingCount)).toEqual([2, 1]);
  });

  it('reads the timelines of many organizations in one round trip, and refuses first above 100', async () => {
    const res = await gql(app, '{ organizations(name: "huyen uy", first: 5) { nodes { timeline { meetingCount meetings(first: 2) { id } } } } }');
    expect(res.errors).toBeUndefined();
    // The page of organizations, then every timeline of the page at once.
    expect(res.extensions?.roundTrips).toBe(2);
    const over = await gql(app, '{ organizationTimeline(id: "org:ban-tuyen-giao-huyen-uy@tinh-bien") { meetings(first: 101) { id } } }');
    expect(over.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
