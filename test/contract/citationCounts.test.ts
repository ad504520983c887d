import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../src/core/extraction.js';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import { exportGraph } from '../../src/exchange/exportGraph.js';
import { importGraph } from '../../src/exchange/importGraph.js';
import { concatBatches } from '../../src/graph/GraphBatch.js';
import { documentId } from '../../src/graph/ids.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import { ApiStore } from '../../src/store/ApiStore.js';
import { districtMeeting, olderTermCitation } from '../fixtures/extractions.js';
import { emptyStore } from '../fixtures/testEngine.js';

// A directive's citation count is kept at write time (cypher/write/link_cites_*), so "most cited" and
// `citationCount` read one property instead of aggregating every CITES relationship. These tests hold
// it to what the relationships say, read independently (each meeting's citations), on the engine under
// test: after ingest, re-ingest, a re-ingest with fewer citations, and `kg import`.

const ARTICLES = [districtMeeting('Tịnh Biên'), districtMeeting('Tri Tôn', { chair: 'Lê Thị Bình' }), olderTermCitation()];

function meetingIds(xs: readonly Extraction[]): string[] {
  return xs.flatMap((x) => x.meetings.map((_, i) => `${documentId(x.text)}/m${i}`));
}

/** Meetings citing each directive, counted from the meetings' CITES relationships. */
async function citingMeetings(store: ApiStore, xs: readonly Extraction[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const cited of await store.related('meeting_citations', meetingIds(xs))) {
    for (const id of new Set(cited.map((c) => c.node.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** What the store answers from its kept counts: `citationCount` of each directive and the most-cited list. */
async function keptCounts(store: ApiStore, ids: string[]): Promise<{ each: Map<string, number>; top: Array<[string, number]> }> {
  const each = await store.citationCounts(ids);
  const top = await store.mostCited(null, null, 100);
  return { each: new Map(ids.map((id, i) => [id, each[i] ?? -1])), top: top.map((r) => [r.node.id, r.count]) };
}

/** The most-cited list the relationships give: most first, ties by id. */
function ranked(counts: Map<string, number>): Array<[string, number]> {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}

async function expectCountsMatchRelationships(store: ApiStore, xs: readonly Extraction[]): Promise<Map<string, number>> {
  const truth = await citingMeetings(store, xs);
  const ids = [...truth.keys()];
  const kept = await keptCounts(store, ids);
  expect(kept.each).toEqual(truth);
  expect(kept.top).toEqual(ranked(truth));
  return truth;
}

describe('citation counts kept at write time', () => {
  let store: ApiStore;
  beforeEach(async () => {
    store = new ApiStore((await emptyStore()).engine);
  });
  afterEach(async () => {
    await store.close();
  });

  it('equal the citing meetings after ingest, one article per batch or all in one', async () => {
    await store.upsert(toGraphBatch(ARTICLES[0]!));
    await store.upsert(concatBatches(ARTICLES.slice(1).map((x) => toGraphBatch(x))));
    const truth = await expectCountsMatchRelationships(store, ARTICLES);
    expect(truth.get('CT-5-TW@2016')).toBe(2);
    expect(truth.get('CT-5-TW@1997')).toBe(1);
    // A directive no meeting cites counts 0 and is not "most cited".
    expect(await store.citationCounts(['none'])).toEqual([0]);
  });

  it('do not grow when the same articles are ingested again, alone or twice in one batch', async () => {
    for (const x of ARTICLES) await store.upsert(toGraphBatch(x));
    const before = await expectCountsMatchRelationships(store, ARTICLES);
    for (const x of ARTICLES) await store.upsert(toGraphBatch(x));
    await store.upsert(concatBatches([...ARTICLES, ...ARTICLES].map((x) => toGraphBatch(x))));
    expect(await expectCountsMatchRelationships(store, ARTICLES)).toEqual(before);
  });

  it('follow the relationships when a document is ingested again with fewer citations', async () => {
    const [tinhBien, triTon] = [ARTICLES[0]!, ARTICLES[1]!];
    await store.upsert(concatBatches([tinhBien, triTon].map((x) => toGraphBatch(x))));
    const before = await expectCountsMatchRelationships(store, [tinhBien, triTon]);
    // Same text, so the same document, now read with one citation of its two.
    const fewer: Extraction = { ...tinhBien, meetings: tinhBien.meetings.map((m) => ({ ...m, citations: m.citations.filter((c) => c.key === 'CT-5-TW') })) };
    await store.upsert(toGraphBatch(fewer));
    // A re-ingest merges and never removes a relationship: the earlier CITES stays, and so does its count, once.
    expect(await expectCountsMatchRelationships(store, [tinhBien, triTon])).toEqual(before);
  });

  it('are counted again by kg import, whatever counts the dump carries', async () => {
    const source = new ApiStore(new GrafeoEngine());
    await source.migrate();
    for (const x of ARTICLES) await source.upsert(toGraphBatch(x));
    const out = join(mkdtempSync(join(tmpdir(), 'kg-counts-')), 'dump.cypher');
    await exportGraph(source, { format: 'cypher', out, pageSize: 2 });
    await source.close();
    const dump = readFileSync(out, 'utf8');
    expect(dump).toMatch(/citations: ?2\b/);
    // A hand-edited count in the dump is not taken: the count is the store's own.
    const tampered = join(mkdtempSync(join(tmpdir(), 'kg-counts-')), 'dump.cypher');
    writeFileSync(tampered, dump.replace(/citations: ?2\b/g, 'citations: 99'));

    // Into an empty store, twice (the second import merges and changes nothing).
    await importGraph(store, { path: tampered, batchSize: 2 });
    const once = await expectCountsMatchRelationships(store, ARTICLES);
    expect(once.get('CT-5-TW@2016')).toBe(2);
    await importGraph(store, { path: out });
    expect(await expectCountsMatchRelationships(store, ARTICLES)).toEqual(once);
    // Into a store that holds more: the dump's citations join those already there.
    const another = districtMeeting('Phổ Yên');
    await store.upsert(toGraphBatch(another));
    await importGraph(store, { path: out });
    const merged = await expectCountsMatchRelationships(store, [...ARTICLES, another]);
    expect(merged.get('CT-5-TW@2016')).toBe(3);
  });

  it('answer "most cited" within a date range from the meetings of that range', async () => {
    const early = districtMeeting('Tịnh Biên', { day: '2019-03-01' });
    const late = districtMeeting('Tri Tôn', { day: '2021-06-01' });
    await store.upsert(concatBatches([early, late].map((x) => toGraphBatch(x))));
    const ids = (rows: Array<{ node: { id: string }; count: number }>) => rows.map((r) => [r.node.id, r.count]);
    expect(ids(await store.mostCited('2021-01-01', null, 10))).toEqual([
      ['CT-5-TW@2016', 1],
      ['KH-12-HU~tri-ton', 1],
    ]);
    expect(ids(await store.mostCited(null, '2020-01-01', 10))).toEqual([
      ['CT-5-TW@2016', 1],
      ['KH-12-HU~tinh-bien', 1],
    ]);
    expect(ids(await store.mostCited('2019-03-01', '2021-06-01', 1))).toEqual([['CT-5-TW@2016', 2]]);
    expect(await store.mostCited('2022-01-01', null, 10)).toEqual([]);
  });
});
