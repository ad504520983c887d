import { GraphStore } from '../../src/store/GraphStore.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import { documentId } from '../../src/graph/ids.js';
import { sentenceOf } from '../../src/graph/evidence.js';
import { STORE_MIGRATIONS } from '../../src/graph/model.js';
import { districtMeeting, olderTermCitation } from '../fixtures/extractions.js';

/**
 * The behaviour every engine must show behind GraphStore. Called once per engine
 * (test/contract/*.test.ts) with a factory for an empty store.
 */
export function runGraphStoreContract(engineName: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract on ${engineName}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
      await store.migrate();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stores an article and finds its nodes by id, in the order asked', async () => {
      const x = districtMeeting('Tịnh Biên');
      await store.upsert(toGraphBatch(x));
      const docId = documentId(x.text);
      const [missing, doc] = await store.nodesByIds('Document', ['doc:none', docId]);
      expect(missing).toBeNull();
      expect(doc).toMatchObject({ id: docId, source: 'Tịnh Biên.txt', publishedOn: '2020-09-30', authors: ['Phóng viên'] });
      const [meeting] = await store.nodesByIds('Meeting', [`${docId}/m0`]);
      expect(meeting).toMatchObject({ title: 'Hội nghị sơ kết', date: '2020-09-30', year: 2020, part: 'M9' });
    });

    it('is idempotent: the same article twice changes no count', async () => {
      const batch = toGraphBatch(districtMeeting('Tịnh Biên'));
      await store.upsert(batch);
      const once = await store.stats();
      await store.upsert(batch);
      expect(await store.stats()).toEqual(once);
      expect(once.labels).toMatchObject({ Document: 1, Meeting: 1, Directive: 2, Person: 1, Place: 1 });
      expect(once.relationships).toMatchObject({ REPORTS: 1, CITES: 2, ORGANIZED: 1, PARTICIPATED: 1, HOLDS: 1, ISSUED_BY: 2, HELD_IN: 1, IMPLEMENTS: 1 });
    });

    it('keeps evidence on every relationship it returns', async () => {
      const x = districtMeeting('Tịnh Biên');
      await store.upsert(toGraphBatch(x));
      const docId = documentId(x.text);
      const [citations] = await store.related('meeting_citations', [`${docId}/m0`]);
      expect(citations?.map((c) => c.node.key).sort()).toEqual(['CT-5-TW', 'KH-12-HU']);
      const ct = citations?.find((c) => c.node.key === 'CT-5-TW');
      // The sentence is stored once, in the document's text: the relationship keeps its bounds there.
      expect(ct?.rel).toMatchObject({ documentId: docId, sentenceStart: expect.any(Number), sentenceEnd: expect.any(Number) });
      expect(ct?.rel.sentence).toBeUndefined();
      expect(sentenceOf(ct?.rel ?? {}, x.text)).toBe('Chỉ thị số 05-CT/TW');
      expect(x.text.slice(Number(ct?.rel.start), Number(ct?.rel.end))).toBe('Chỉ thị số 05-CT/TW');
      const [participants] = await store.related('meeting_participants', [`${docId}/m0`]);
      expect(participants?.map((p) => [p.node.name, p.rel.role])).toEqual([['Nguyễn Văn An', 'chair']]);
      const [implemented] = await store.related('directive_implements', ['KH-12-HU~tinh-bien']);
      expect(implemented?.map((d) => d.node.id)).toEqual(['CT-5-TW@2016']);
    });

    it('answers many ids in one call, with an empty list where nothing is related', async () => {
      const a = districtMeeting('Tịnh Biên');
      const b = districtMeeting('Tri Tôn', { chair: 'Lê Thị Bình' });
      await store.upsert(toGraphBatch(a));
      await store.upsert(toGraphBatch(b));
      const ids = [`${documentId(a.text)}/m0`, 'nothing', `${documentId(b.text)}/m0`];
      const lists = await store.related('meeting_participants', ids);
      expect(lists.map((l) => l.map((p) => p.node.name))).toEqual([['Nguyễn Văn An'], [], ['Lê Thị Bình']]);
    });

    it('keeps local bodies of two districts apart and national bodies as one node', async () => {
      await store.upsert(toGraphBatch(districtMeeting('Tịnh Biên')));
      await store.upsert(toGraphBatch(districtMeeting('Tri Tôn')));
      const orgs = await store.list('Organization', null, 100);
      expect(
        orgs
          .filter((o) => o.name === 'Ban Tuyên giáo Huyện ủy')
          .map((o) => o.place)
          .sort(),
      ).toEqual(['Tri Tôn', 'Tịnh Biên']);
      expect(orgs.filter((o) => o.name === 'Bộ Chính trị')).toHaveLength(1);
      // Same name, two districts: two people.
      const people = await store.list('Person', null, 100);
      expect(people.filter((p) => p.name === 'Nguyễn Văn An')).toHaveLength(2);
    });

    it('never merges the same directive key of two terms', async () => {
      await store.upsert(toGraphBatch(districtMeeting('Tịnh Biên')));
      await store.upsert(toGraphBatch(olderTermCitation()));
      const [byKey] = await store.directivesByKey(['CT-5-TW']);
      expect(byKey?.map((d) => d.id)).toEqual(['CT-5-TW@1997', 'CT-5-TW@2016']);
      expect(await store.citationCounts(['CT-5-TW@2016', 'CT-5-TW@1997', 'none'])).toEqual([1, 1, 0]);
    });

    it('pages lists and citing meetings with keyset cursors', async () => {
      for (const d of ['A Lưới', 'Bình Sơn', 'Cà Mau']) await store.upsert(toGraphBatch(districtMeeting(d)));
      expect(await store.count('Meeting')).toBe(3);
      const first = await store.list('Meeting', null, 2);
      const rest = await store.list('Meeting', first[1]?.id ?? null, 2);
      expect(first).toHaveLength(2);
      expect(rest).toHaveLength(1);
      expect(new Set([...first, ...rest].map((m) => m.id)).size).toBe(3);
      const [page1] = await store.citedByPages([{ id: 'CT-5-TW@2016', after: null, limit: 2 }]);
      expect(page1).toHaveLength(2);
      const [page2] = await store.citedByPages([{ id: 'CT-5-TW@2016', after: String(page1?.[1]?.node.id), limit: 2 }]);
      expect(page2).toHaveLength(1);
      expect(page2?.[0]?.rel).toMatchObject({ start: expect.any(Number), sentenceStart: expect.any(Number), sentenceEnd: expect.any(Number) });
    });

    it('writes a transaction whole or not at all', async () => {
      const good = { id: 'place:a', props: { name: 'A' } };
      await expect(
        store.engine.write([
          { query: 'upsert_places', params: { rows: [good] } },
          // The second statement is refused (a parameter is missing): checked before the transaction
          // opens, so nothing of the first is stored either (Neo4j's rollback mid-transaction:
          // test/neo4j/transactions.test.ts; the embedded engine has no failing statement to try).
          { query: 'upsert_places', params: {} },
        ]),
      ).rejects.toThrow();
      expect(await store.nodesByIds('Place', ['place:a'])).toEqual([null]);
    });

    it('refuses an impossible date before the engine, and stores nothing of that batch', async () => {
      const batch = toGraphBatch(districtMeeting('Tịnh Biên'));
      const meeting = batch.meetings[0]!;
      await expect(store.upsert({ ...batch, meetings: [{ ...meeting, date: '2021-02-30' }] })).rejects.toThrow(
        /date "2021-02-30" is not a day of the calendar/,
      );
      // Nothing but the record of the backfills migrate ran.
      expect(Object.keys((await store.stats()).labels)).toEqual([STORE_MIGRATIONS.label]);
      await store.upsert(batch);
      expect((await store.nodesByIds('Meeting', [meeting.id]))[0]).toMatchObject({ date: meeting.date });
    });

    it('refuses a query call whose parameters do not match its header', async () => {
      await expect(store.engine.read('places_by_ids', {})).rejects.toThrow(/needs parameter/);
      await expect(store.engine.read('no_such_query')).rejects.toThrow(/No query named/);
    });
  });
}
