import type { Extraction } from '../../src/core/extraction.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting } from '../fixtures/extractions.js';
import { createApp, data, fixtureStore, testConfig, type App } from './helpers.js';

// The date-ordered meeting lists read MeetingDay buckets (one per day, with its count of meetings) and then
// the meetings of the days a page needs, in one query. Several meetings share a day, two have no date, and re-ingests move
// meetings between days: every walk must give each meeting once, in (day, id) order, and the buckets must
// hold the counts the meetings themselves give.

const DAYS: Array<[string, string | null]> = [
  ['Tịnh Biên', '2020-09-30'],
  ['Tri Tôn', '2020-09-30'],
  ['An Phú', '2020-09-30'],
  ['Châu Đốc', '2021-01-05'],
  ['Tân Châu', '2021-01-05'],
  ['Chợ Mới', '2019-12-31'],
  ['Phú Tân', null],
  ['Thoại Sơn', null],
];

/** A district's meeting on the given day, or with no date (the article's text unchanged, so its ids are too). */
function meetingOn(district: string, day: string | null): Extraction {
  const x = districtMeeting(district);
  return { ...x, meetings: x.meetings.map((m) => ({ ...m, date: day, period: day ? m.period : null })) };
}

interface Row {
  id: string;
  date: string | null;
}

/** Every meeting, walking pages of `first` in one order. */
async function walk(app: App, order: 'DATE_DESC' | 'DATE_ASC', first: number): Promise<Row[]> {
  const seen: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const { meetings }: { meetings: { nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = await data(
      app,
      'query($after: String, $first: Int, $order: MeetingOrder) { meetings(first: $first, after: $after, orderBy: $order) { nodes { id date } pageInfo { hasNextPage endCursor } } }',
      { after, first, order },
    );
    seen.push(...meetings.nodes);
    if (!meetings.pageInfo.hasNextPage) return seen;
    after = meetings.pageInfo.endCursor;
  }
}

/** The order the lists promise: by day (undated as ''), then id; newest first reverses both. */
function sorted(rows: Row[], order: 'DATE_DESC' | 'DATE_ASC'): Row[] {
  const key = (r: Row) => `${r.date ?? ''}\u0000${r.id}`;
  const asc = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return order === 'DATE_ASC' ? asc : asc.reverse();
}

/** The buckets as the lists read them: day → meetings. */
async function buckets(store: GraphStore): Promise<Record<string, number>> {
  const rows = await store.engine.read('api_meeting_days');
  return Object.fromEntries(rows.map((r) => [String(r.day), Number(r.meetings)]));
}

function countByDay(rows: Row[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.date ?? ''] = (counts[r.date ?? ''] ?? 0) + 1;
  return counts;
}

describe('date-ordered meeting lists over day buckets', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    ({ store } = await fixtureStore(DAYS.map(([d, day]) => meetingOn(d, day))));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  it.each([
    ['DATE_DESC', 1],
    ['DATE_DESC', 2],
    ['DATE_ASC', 2],
    ['DATE_ASC', 3],
    ['DATE_DESC', 100],
  ] as const)('walks %s in pages of %i: each meeting once, in (day, id) order, undated at the end of newest first', async (order, first) => {
    const rows = await walk(app, order, first);
    expect(rows).toHaveLength(DAYS.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(DAYS.length);
    expect(rows).toEqual(sorted(rows, order));
    const undated = rows.flatMap((r, i) => (r.date === null ? [i] : []));
    expect(undated).toEqual(order === 'DATE_DESC' ? [6, 7] : [0, 1]);
  });

  it('keeps the buckets exact through re-ingests that re-date, date and repeat meetings', async () => {
    expect(await buckets(store)).toEqual(countByDay(await walk(app, 'DATE_DESC', 100)));
    // Tri Tôn moves to another day, Phú Tân gets a date, Tịnh Biên is written again unchanged (twice in one batch).
    await store.upsert(toGraphBatch(meetingOn('Tri Tôn', '2022-02-02')));
    await store.upsert(toGraphBatch(meetingOn('Phú Tân', '2020-09-30')));
    const again = toGraphBatch(meetingOn('Tịnh Biên', '2020-09-30'));
    await store.upsert({ ...again, meetings: [...again.meetings, ...again.meetings] });
    const rows = await walk(app, 'DATE_DESC', 2);
    expect(rows).toHaveLength(DAYS.length);
    expect(countByDay(rows)).toEqual({ '2022-02-02': 1, '2021-01-05': 2, '2020-09-30': 3, '2019-12-31': 1, '': 1 });
    expect(await buckets(store)).toEqual(countByDay(rows));
    expect(await walk(app, 'DATE_ASC', 3)).toEqual(sorted(rows, 'DATE_ASC'));
  });
});
