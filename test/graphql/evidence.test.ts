import { districtMeeting } from '../fixtures/extractions.js';
import { createApp, fixtureStore, gql, testConfig } from './helpers.js';

// Evidence sentences are stored once, in the document's text: the API cuts each from the text of
// its document, read through the Document loader, one round trip for every document of the level.

const DISTRICTS = ['Tịnh Biên', 'Tri Tôn', 'An Phú', 'Châu Đốc', 'Tân Châu', 'Chợ Mới'];

describe('evidence sentences', () => {
  it.each([1, 3, 6])('evidence of %i meetings costs one round trip more, the documents its sentences are cut from', async (n) => {
    const extractions = DISTRICTS.slice(0, n).map((d) => districtMeeting(d));
    const { store, recorder } = await fixtureStore(extractions);
    const app = createApp({ store, config: testConfig() });
    // The same levels without evidence, then with it.
    const bare = await gql(app, '{ meetings(first: 10) { nodes { citations { directive { id } } participants { role } } } }');
    expect(bare.errors).toBeUndefined();
    const without = recorder.calls.map((c) => c.query);
    recorder.calls.length = 0;
    const res = await gql(
      app,
      '{ meetings(first: 10) { nodes { citations { evidence { sentence start end document { source } } } participants { evidence { sentence } } } } }',
    );
    expect(res.errors).toBeUndefined();
    const meetings = (res.data as any).meetings.nodes;
    const sentences = meetings.flatMap((m: any) => [...m.citations, ...m.participants].map((c: any) => c.evidence.sentence)).sort();
    const expected = extractions.flatMap((x) => x.meetings.flatMap((m) => [...m.citations, ...m.participants].map((c) => c.evidence.sentence))).sort();
    expect(sentences).toEqual(expected);
    // One query more, whatever the number of meetings: every document of the level at once, shared by `sentence` and `document`.
    expect(res.extensions?.roundTrips).toBe(Number(bare.extensions?.roundTrips) + 1);
    expect(recorder.calls.map((c) => c.query).sort()).toEqual([...without, 'documents_by_ids'].sort());
    expect(recorder.calls.find((c) => c.query === 'documents_by_ids')?.keys).toBe(n);
    await store.close();
  });
});
