import { fold } from '../../src/core/fold.js';
import { emptyBatch, type NodeRow } from '../../src/graph/GraphBatch.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { emptyStore } from '../fixtures/testEngine.js';
import { createApp, testConfig, type App } from './helpers.js';
import { expected, walk } from './nameListWalk.js';

// people(name:) and organizations(name:) read PersonName / OrganizationName buckets (one per folded name and id
// prefix, with its count of nodes) and then only the nodes of the buckets a page needs. Many nodes share a name
// (one per article that gives no place), several share a bucket (#ab…), some ids have a place or no suffix at all:
// every walk must give each match once, in (folded name, id) order, with totalCount the number of matches, and
// re-ingests, renames and a store written before the buckets must leave the counts exact.

const person = (id: string, name: string): NodeRow => ({ id, props: { name, folded: fold(name) } });
const organization = (id: string, name: string): NodeRow => ({ id, props: { name, folded: fold(name), scope: id.includes('#') ? 'local' : 'national' } });

const PEOPLE: NodeRow[] = [
  person('person:le-huu-tho#ab01', 'Lê Hữu Thọ'),
  person('person:le-huu-tho#ab02', 'Lê Hữu Thọ'),
  person('person:le-huu-tho#ab7f', 'Lê Hữu Thọ'),
  person('person:le-huu-tho#0c11', 'Lê Hữu Thọ'),
  person('person:le-huu-tho#f3', 'Lê Hữu Thọ'),
  person('person:le-huu-tho#e', 'Lê Hữu Thọ'),
  person('person:le-huu-tho@tinh-bien', 'Lê Hữu Thọ'),
  person('person:le-huu-tho@an-phu', 'Lê Hữu Thọ'),
  person('person:le-huu-thong#ab01', 'Lê Hữu Thông'),
  person('person:nguyen-van-an#ab01', 'Nguyễn Văn An'),
  person('person:nguyen-van-an#ab99', 'Nguyễn Văn An'),
  person('person:tran-tho#12', 'Trần Thọ'),
];

const ORGANIZATIONS: NodeRow[] = [
  organization('org:ban-tuyen-giao-tinh-uy#ab01', 'Ban Tuyên giáo Tỉnh ủy'),
  organization('org:ban-tuyen-giao-tinh-uy#ab02', 'Ban Tuyên giáo Tỉnh ủy'),
  organization('org:ban-tuyen-giao-tinh-uy#cd', 'Ban Tuyên giáo Tỉnh ủy'),
  organization('org:ban-tuyen-giao-huyen-uy#ab01', 'Ban Tuyên giáo Huyện ủy'),
  organization('org:ban-tuyen-giao-huyen-uy@tri-ton', 'Ban Tuyên giáo Huyện ủy'),
  organization('org:ban-tuyen-giao-trung-uong', 'Ban Tuyên giáo Trung ương'),
  organization('org:bo-chinh-tri', 'Bộ Chính trị'),
];

/** Buckets the store holds: distinct (folded name, id up to two characters after '#', or all of it). */
function bucketsOf(nodes: NodeRow[]): number {
  return new Set(nodes.map((n) => `${String(n.props.folded)}|${n.id.includes('#') ? n.id.slice(0, n.id.indexOf('#') + 3) : n.id}`)).size;
}

async function write(store: GraphStore, people: NodeRow[], organizations: NodeRow[]): Promise<void> {
  await store.upsert({ ...emptyBatch(), people, organizations });
}

describe('name-ordered lists over name buckets', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await emptyStore();
    // In two batches, the second naming some nodes again (twice in one batch): re-ingests count nothing.
    await write(store, PEOPLE.slice(0, 7), ORGANIZATIONS.slice(0, 4));
    await write(store, [...PEOPLE.slice(5), PEOPLE[5] as NodeRow], [...ORGANIZATIONS.slice(2), ORGANIZATIONS[2] as NodeRow]);
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  it.each([
    ['people', 'Lê Hữu Thọ', 1],
    ['people', 'le huu tho', 2],
    ['people', 'THỌ', 3],
    ['people', 'huu', 100],
    ['people', null, 2],
    ['people', 'nobody', 5],
    ['organizations', 'ban tuyen giao', 1],
    ['organizations', 'tuyên giáo tỉnh', 2],
    ['organizations', null, 3],
  ] as const)('walks %s(name: %p) in pages of %i: each match once, in (folded name, id) order, counted', async (field, name, first) => {
    const nodes = field === 'people' ? PEOPLE : ORGANIZATIONS;
    const { rows, totals } = await walk(app, field, name, first);
    expect(rows).toEqual(expected(nodes, name));
    expect([...totals]).toEqual([expected(nodes, name).length]);
  });

  it('keeps one bucket per folded name and id prefix, and moves a renamed node', async () => {
    expect((await store.stats()).labels).toMatchObject({ PersonName: bucketsOf(PEOPLE), OrganizationName: bucketsOf(ORGANIZATIONS) });
    // Trần Thọ's name is written differently now (same id): it leaves its bucket, which is deleted, for a new one.
    const renamed = PEOPLE.map((p) => (p.id === 'person:tran-tho#12' ? person(p.id, 'Trần Văn Thọ') : p));
    await write(store, renamed.slice(-1), []);
    expect((await store.stats()).labels.PersonName).toBe(bucketsOf(renamed));
    expect((await walk(app, 'people', 'tran van', 1)).rows).toEqual([{ id: 'person:tran-tho#12', name: 'Trần Văn Thọ' }]);
    expect((await walk(app, 'people', 'tran tho', 1)).rows).toEqual([]);
    expect((await walk(app, 'people', null, 3)).rows).toEqual(expected(renamed, null));
  });
});

// A second describe: its store opens after the first one's is closed (Neo4j Community has one database).
describe('name buckets of an older store', () => {
  it('gives a store written before the buckets its buckets on migrate', async () => {
    const older = await emptyStore();
    try {
      // Nodes as an older version wrote them: the upsert alone, no bucket.
      await older.engine.write([
        { query: 'upsert_people', params: { rows: PEOPLE } },
        { query: 'upsert_organizations', params: { rows: ORGANIZATIONS } },
      ]);
      expect((await older.stats()).labels.PersonName).toBeUndefined();
      // An older version recorded no backfill (src/store/backfills.ts).
      await older.engine.write([{ query: 'admin_forget_store_migrations', params: {} }]);
      await older.migrate();
      await older.migrate(); // a second start counts nothing again
      expect((await older.stats()).labels).toMatchObject({ PersonName: bucketsOf(PEOPLE), OrganizationName: bucketsOf(ORGANIZATIONS) });
      const olderApp = createApp({ store: older, config: testConfig() });
      expect((await walk(olderApp, 'people', 'tho', 2)).rows).toEqual(expected(PEOPLE, 'tho'));
    } finally {
      await older.close();
    }
  });
});
