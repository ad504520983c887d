import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting, olderTermCitation } from '../fixtures/extractions.js';
import { emptyStore } from '../fixtures/testEngine.js';
import { createApp, data, testConfig, type App } from './helpers.js';

// "Most cited" reads the directives' citation counts in order: Neo4j from its range index, Grafeo from
// CitationBucket buckets (one per count, with how many directives have it) kept after the CITES writes. Whatever
// the page size, it must give the directives of the highest counts, ties by id, with the counts their citing
// meetings give; re-ingests must leave the buckets exact, and a store written before them gets them on migrate.

const DISTRICTS = ['Tịnh Biên', 'Tri Tôn', 'An Phú', 'Châu Đốc'];

interface Counted {
  id: string;
  count: number;
}

/** Every cited directive with its count of citing meetings (counted from CITES), by count then id. */
async function expected(app: App): Promise<Counted[]> {
  const { directives } = await data<{ directives: { nodes: Array<{ id: string; citationCount: number }> } }>(
    app,
    '{ directives(first: 100) { nodes { id citationCount } } }',
  );
  return directives.nodes
    .filter((d) => d.citationCount > 0)
    .map((d) => ({ id: d.id, count: d.citationCount }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
}

async function top(app: App, first: number): Promise<Counted[]> {
  const { mostCitedDirectives } = await data<{ mostCitedDirectives: Array<{ directive: { id: string }; count: number }> }>(
    app,
    'query($n: Int) { mostCitedDirectives(first: $n) { directive { id } count } }',
    { n: first },
  );
  return mostCitedDirectives.map((r) => ({ id: r.directive.id, count: r.count }));
}

/** Citing meetings of a directive per period, counted from its citedBy meetings themselves. */
async function periodsFromMeetings(app: App, id: string): Promise<string[]> {
  const { directive } = await data<{ directive: { citedBy: { nodes: Array<{ period: { year: number; part: string } | null; date: string | null }> } } }>(
    app,
    'query($id: String!) { directive(key: $id) { citedBy(first: 100) { nodes { date period { year part } } } } }',
    { id },
  );
  const counts = new Map<string, number>();
  for (const m of directive.citedBy.nodes) {
    const k = `${m.period?.year ?? m.date?.slice(0, 4) ?? ''}|${m.period?.part ?? ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k}:${n}`).sort();
}

async function periodsCounted(app: App, id: string): Promise<string[]> {
  const { citationCounts } = await data<{ citationCounts: Array<{ year: number | null; part: string | null; count: number }> }>(
    app,
    'query($id: String) { citationCounts(by: PERIOD, directive: $id) { year part count } }',
    { id },
  );
  return citationCounts.map((c) => `${c.year ?? ''}|${c.part ?? ''}:${c.count}`).sort();
}

async function bucketCount(store: GraphStore): Promise<number | undefined> {
  return (await store.stats()).labels.CitationBucket;
}

describe('most cited over citation buckets', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await emptyStore();
    for (const d of DISTRICTS) await store.upsert(toGraphBatch(districtMeeting(d)));
    await store.upsert(toGraphBatch(olderTermCitation()));
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  it.each([1, 2, 3, 5, 100])('gives the %i most cited directives, ties by id, with their counts', async (first) => {
    const all = await expected(app);
    expect(all.length).toBeGreaterThan(3);
    expect(await top(app, first)).toEqual(all.slice(0, first));
  });

  it('keeps one bucket per citation count through re-ingests', async () => {
    const distinct = async () => new Set((await expected(app)).map((d) => d.count)).size;
    expect(await bucketCount(store)).toBe(await distinct());
    // The same articles again (one twice in a batch), then a new district: CT-5-TW moves up a bucket.
    const again = toGraphBatch(districtMeeting('Tri Tôn'));
    await store.upsert({ ...again, cites: [...again.cites, ...again.cites] });
    await store.upsert(toGraphBatch(districtMeeting('Tịnh Biên')));
    expect(await top(app, 100)).toEqual(await expected(app));
    await store.upsert(toGraphBatch(districtMeeting('Phú Tân')));
    expect(await top(app, 100)).toEqual(await expected(app));
    expect((await top(app, 1))[0]).toEqual({ id: 'CT-5-TW@2016', count: DISTRICTS.length + 1 });
    expect(await bucketCount(store)).toBe(await distinct());
  });

  it('counts citations per period from counts kept at write time, through re-dated meetings', async () => {
    expect(await periodsCounted(app, 'CT-5-TW@2016')).toEqual(await periodsFromMeetings(app, 'CT-5-TW@2016'));
    // The same article, its meeting now dated in another period (twice in one batch): its citations move.
    const x = districtMeeting('An Phú');
    const redated = { ...x, meetings: x.meetings.map((m) => ({ ...m, date: '2022-02-02', period: { year: 2022, part: 'Q1' as const } })) };
    const b = toGraphBatch(redated);
    await store.upsert({ ...b, meetings: [...b.meetings, ...b.meetings] });
    const counted = await periodsCounted(app, 'CT-5-TW@2016');
    expect(counted).toEqual(await periodsFromMeetings(app, 'CT-5-TW@2016'));
    expect(counted).toContain('2022|Q1:1');
    expect(await periodsCounted(app, 'CT-5-TW@1997')).toEqual(await periodsFromMeetings(app, 'CT-5-TW@1997'));
  });
});

// A second describe: its store opens after the first one's is closed (Neo4j Community has one database).
describe('citation buckets of an older store', () => {
  it('gives a store written before the buckets its buckets on migrate', async () => {
    const older = await emptyStore();
    try {
      // Documents, meetings, directives and CITES as an older version wrote them: no bucket.
      for (const d of DISTRICTS) {
        const b = toGraphBatch(districtMeeting(d));
        await older.engine.write([
          { query: 'upsert_documents_ingest', params: { rows: b.documents } },
          { query: 'upsert_meetings', params: { rows: b.meetings } },
          { query: 'upsert_directives', params: { rows: b.directives } },
          { query: 'link_cites_new', params: { rows: b.cites } },
        ]);
      }
      expect(await bucketCount(older)).toBeUndefined();
      // An older version recorded no backfill (src/store/backfills.ts).
      await older.engine.write([{ query: 'admin_forget_store_migrations', params: {} }]);
      await older.migrate();
      await older.migrate(); // a second start counts nothing again
      const app = createApp({ store: older, config: testConfig() });
      expect(await top(app, 100)).toEqual(await expected(app));
      expect(await bucketCount(older)).toBe(new Set((await expected(app)).map((d) => d.count)).size);
      expect(await periodsCounted(app, 'CT-5-TW@2016')).toEqual(await periodsFromMeetings(app, 'CT-5-TW@2016'));
      expect(await periodsCounted(app, 'CT-5-TW@2016')).toEqual([`2020|M9:${DISTRICTS.length}`]);
    } finally {
      await older.close();
    }
  });
});
