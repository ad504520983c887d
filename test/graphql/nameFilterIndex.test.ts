import { fold } from '../../src/core/fold.js';
import { emptyBatch, type NodeRow } from '../../src/graph/GraphBatch.js';
import { NAME_BUCKETS } from '../../src/graph/nameBuckets.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { emptyStore, ENGINE_UNDER_TEST } from '../fixtures/testEngine.js';
import { createApp, testConfig, type App } from './helpers.js';
import { expected, walk, type ListField } from './nameListWalk.js';

// people(name:) and organizations(name:) by part of the name: on the embedded engine through a trigram index of the
// name buckets (src/graph/nameBuckets.ts), on Neo4j through a text index. Whatever the index, the answer is every node
// whose folded name contains the folded query, in (folded name, id) order: names sharing trigrams but not the
// substring, repeated trigrams, mid-word parts, queries of 1 and 2 characters (no trigram: every bucket is filtered),
// and renames that empty a bucket must all give that.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Xuân'];
const GIVEN = ['An', 'Anh', 'Phúc', 'Thọ', 'Nam', 'Ana Ana'];

const person = (id: string, name: string): NodeRow => ({ id, props: { name, folded: fold(name) } });
const organization = (id: string, name: string): NodeRow => ({ id, props: { name, folded: fold(name), scope: 'local' } });

/** 120 people over 5 × 4 × 6 names; some names twice, with ids that share or split a bucket (#ab…, #cd, @place). */
const PEOPLE: NodeRow[] = FAMILY.flatMap((f, i) =>
  MIDDLE.flatMap((m, j) =>
    GIVEN.map((g, k) => {
      const n = i * 24 + j * 6 + k;
      const suffix = n % 3 === 0 ? `#ab${String(n).padStart(2, '0')}` : n % 3 === 1 ? `#cd` : `@tinh-${n % 4}`;
      return person(`person:${fold(`${f} ${m} ${g}`).replace(/ /g, '-')}${suffix}`, `${f} ${m} ${g}`);
    }),
  ),
);

const ORGANIZATIONS: NodeRow[] = [
  organization('org:ban-tuyen-giao-tinh-uy#ab01', 'Ban Tuyên giáo Tỉnh ủy'),
  organization('org:ban-tuyen-giao-tinh-uy#ab02', 'Ban Tuyên giáo Tỉnh ủy'),
  organization('org:ban-to-chuc-tinh-uy#cd', 'Ban Tổ chức Tỉnh ủy'),
  organization('org:uy-ban-nhan-dan-tinh@an-giang', 'Ủy ban nhân dân tỉnh'),
  organization('org:so-tu-phap@an-giang', 'Sở Tư pháp'),
];

const bucketNames = (nodes: NodeRow[]): string[] => [
  ...new Map(
    nodes.map((n) => [`${String(n.props.folded)}|${n.id.includes('#') ? n.id.slice(0, n.id.indexOf('#') + 3) : n.id}`, String(n.props.folded)]),
  ).values(),
];
const gramsOf = (name: string): Set<string> => new Set(Array.from({ length: Math.max(0, name.length - 2) }, (_, i) => name.slice(i, i + 3)));

/** What the trigram index holds on the embedded engine (none on Neo4j): distinct trigrams of the bucket names, and one link per bucket and trigram. */
function gramIndexOf(nodes: NodeRow[]): { grams: number; links: number } | { grams: undefined; links: undefined } {
  if (ENGINE_UNDER_TEST !== 'grafeo') return { grams: undefined, links: undefined };
  const names = bucketNames(nodes);
  return { grams: new Set(names.flatMap((n) => [...gramsOf(n)])).size, links: names.reduce((s, n) => s + gramsOf(n).size, 0) };
}

async function indexHeld(store: GraphStore): Promise<{ grams: number | undefined; links: number | undefined }> {
  const stats = await store.stats();
  return { grams: stats.labels[NAME_BUCKETS.Person.grams.label], links: stats.relationships[NAME_BUCKETS.Person.grams.type] };
}

const QUERIES: Array<[ListField, string, number]> = [
  ['people', 'Nguyễn', 7],
  ['people', 'nguyen van an', 1], // also "nguyen van anh": the whole name is a prefix of another
  ['people', 'an a', 2], // "ana ana" repeats its trigrams
  ['people', 'uan ph', 3], // mid-word, across a space
  ['people', 'xuan tho', 2],
  ['people', 'van thi', 5], // every trigram exists, in no one name
  ['people', 'qqq', 5], // a trigram no name has
  ['people', 'th', 9], // 2 characters: no trigram
  ['people', 'a', 50],
  ['organizations', 'tinh uy', 1],
  ['organizations', 'ban', 2], // "ban" and "uy ban"
  ['organizations', 'tu', 1],
];

describe('people(name:) and organizations(name:) through the name index', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await emptyStore();
    // In two batches that overlap (a re-ingest indexes nothing twice).
    await store.upsert({ ...emptyBatch(), people: PEOPLE.slice(0, 80), organizations: ORGANIZATIONS.slice(0, 3) });
    await store.upsert({ ...emptyBatch(), people: PEOPLE.slice(60), organizations: ORGANIZATIONS.slice(1) });
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  it.each(QUERIES)('%s(name: %p) in pages of %i: every match once, in (folded name, id) order, counted', async (field, name, first) => {
    const nodes = field === 'people' ? PEOPLE : ORGANIZATIONS;
    const { rows, totals } = await walk(app, field, name, first);
    expect(rows).toEqual(expected(nodes, name));
    expect([...totals]).toEqual([expected(nodes, name).length]);
  });

  it('keeps one link per bucket and trigram, and drops those of a bucket a rename empties', async () => {
    expect(await indexHeld(store)).toEqual(gramIndexOf(PEOPLE));
    // The only "Hoàng Xuân Ana Ana" (#… or @…: one bucket) is renamed: its bucket empties, with its links.
    const target = PEOPLE.find((p) => p.props.folded === 'hoang xuan ana ana') as NodeRow;
    const renamed = PEOPLE.map((p) => (p.id === target.id ? person(p.id, 'Hoàng Xuân Zyx') : p));
    await store.upsert({ ...emptyBatch(), people: [person(target.id, 'Hoàng Xuân Zyx')] });
    expect(await indexHeld(store)).toEqual(gramIndexOf(renamed));
    expect((await walk(app, 'people', 'xuan zy', 2)).rows).toEqual([{ id: target.id, name: 'Hoàng Xuân Zyx' }]);
    expect((await walk(app, 'people', 'hoang xuan ana', 2)).rows).toEqual([]);
    expect((await walk(app, 'people', 'an a', 4)).rows).toEqual(expected(renamed, 'an a'));
  });
});

// A second describe: its store opens after the first one's is closed (Neo4j Community has one database).
describe('name index of an older store', () => {
  it('indexes on migrate the buckets a store written before the index holds', async () => {
    const older = await emptyStore();
    try {
      // As an older version wrote them: the nodes and their buckets, no trigram.
      await older.engine.write([
        { query: 'upsert_people', params: { rows: PEOPLE } },
        { query: NAME_BUCKETS.Person.keep, params: { ids: PEOPLE.map((p) => p.id) } },
      ]);
      expect((await older.stats()).labels[NAME_BUCKETS.Person.grams.label]).toBeUndefined();
      await older.engine.write([{ query: 'admin_forget_store_migrations', params: {} }]);
      await older.migrate();
      await older.migrate({ backfills: 'all' }); // again: indexes nothing twice
      expect(await indexHeld(older)).toEqual(gramIndexOf(PEOPLE));
      const olderApp = createApp({ store: older, config: testConfig() });
      expect((await walk(olderApp, 'people', 'uan ph', 4)).rows).toEqual(expected(PEOPLE, 'uan ph'));
    } finally {
      await older.close();
    }
  });
});
