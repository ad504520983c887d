import { fold } from '../../src/core/fold.js';
import { emptyBatch, type DatedNodeRow, type GraphBatch, type NodeRow } from '../../src/graph/GraphBatch.js';
import { CountingEngine } from '../../src/graphql/countingEngine.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { emptyStore } from '../fixtures/testEngine.js';
import { createApp, data, testConfig, type App } from './helpers.js';

// Orders kept at write time as slots (src/graph/orderedSlots.ts): directives in id order read DirectiveSlot buckets
// (one per id prefix: up to two characters after '#', else the whole id), a day's meetings MeetingSlot buckets (one
// per day and first six characters of the id). Ids share slots, slots share days, some ids are short: every walk
// must give each node once, in the order the lists promise, counted, and re-dating or an older store must leave the
// slots exact. And Person.positionConnection / participationConnection: pages cut in the database, one query a level.

const directive = (id: string, kind: string): DatedNodeRow => {
  const key = id.split('@')[0] ?? id;
  return { id, date: null, props: { key, kind, folded: fold(`${kind} ${key}`) } };
};

const DIRECTIVES: DatedNodeRow[] = [
  directive('CT-5-TW@2016', 'Chỉ thị'),
  directive('CT-5-TW@1997', 'Chỉ thị'),
  directive('CT-5-TTg', 'Chỉ thị'),
  directive('CT-39-TTg@2012', 'Chỉ thị'),
  directive('CT-05-HU@2020~tinh-bien', 'Chỉ thị'),
  ...['ab01', 'ab02', 'ab7f', '0c11', 'f3', 'e'].map((h) => directive(`CT-05-HU@2020#${h}`, 'Chỉ thị')),
  directive('NQ-29-TW@2013', 'Nghị quyết'),
  ...['aa11', 'aa12', 'bb'].map((h) => directive(`NQ-DH-XVIII@XVIII#${h}`, 'Nghị quyết')),
  directive('KL-51-TW', 'Kết luận'),
  directive('QĐ-12-TU', 'Quyết định'),
];

const slotOfDirective = (id: string) => (id.includes('#') ? id.slice(0, id.indexOf('#') + 3) : id);

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What directives(filter: {kind}) promises: `folded` starting with the folded kind, or the key with its code; by id. */
function directivesOf(kind: string | null): string[] {
  return DIRECTIVES.filter(
    (d) => kind === null || String(d.props.folded).startsWith(`${fold(kind)} `) || String(d.props.key).startsWith(`${kind.toUpperCase()}-`),
  )
    .map((d) => d.id)
    .sort(byString);
}

interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string };
}

/** Every page of one connection, following endCursor; the totalCount of each page. */
async function walk<T>(app: App, query: string, pick: (d: any) => Page<T>, variables: Record<string, unknown>): Promise<{ rows: T[]; totals: Set<number> }> {
  const rows: T[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page = pick(await data(app, query, { ...variables, after }));
    rows.push(...page.nodes);
    totals.add(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { rows, totals };
    after = page.pageInfo.endCursor;
  }
  throw new Error('walk: more than 100 pages');
}

const DIRECTIVE_PAGE =
  'query($after: String, $first: Int, $filter: DirectiveFilter) { directives(first: $first, after: $after, filter: $filter) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';

const meeting = (id: string, day: string | null): DatedNodeRow => ({ id, date: day, props: { title: `Hội nghị ${id}` } });
const BUSY = '2021-03-04';
const MEETINGS: DatedNodeRow[] = [
  ...['aa00/m0', 'aa00/m1', 'aa01/m0', 'ab10/m0', 'ab11/m0', '0c00/m0', 'ff00/m0', 'ff01/m0', 'e/m0'].map((s) => meeting(`doc:${s}`, BUSY)),
  meeting('doc:aa02/m0', '2021-03-05'),
  meeting('doc:bc00/m0', '2021-03-05'),
  meeting('doc:cd00/m0', null),
  meeting('doc:cd01/m0', null),
];

interface Dated {
  id: string;
  date: string | null;
}

const MEETING_PAGE =
  'query($after: String, $first: Int, $order: MeetingOrder) { meetings(first: $first, after: $after, orderBy: $order) { totalCount nodes { id date } pageInfo { hasNextPage endCursor } } }';

/** By day (undated as ''), then id; newest first reverses both. */
function inOrder(rows: Dated[], order: 'DATE_DESC' | 'DATE_ASC'): Dated[] {
  const key = (r: Dated) => `${r.date ?? ''}\u0000${r.id}`;
  const asc = [...rows].sort((a, b) => byString(key(a), key(b)));
  return order === 'DATE_ASC' ? asc : asc.reverse();
}

const slotsOfMeetings = (rows: Dated[]) => new Set(rows.map((r) => `${r.date ?? ''}|${r.id.slice(0, 6)}`)).size;

async function write(store: GraphStore, batch: Partial<GraphBatch>): Promise<void> {
  await store.upsert({ ...emptyBatch(), ...batch });
}

describe('directives in id order and a day meetings over slots', () => {
  let store: GraphStore;
  let app: App;
  beforeAll(async () => {
    store = await emptyStore();
    // In two batches, the second naming some nodes again (one twice): re-ingests count nothing.
    await write(store, { directives: DIRECTIVES.slice(0, 9), meetings: MEETINGS.slice(0, 8) });
    await write(store, { directives: [...DIRECTIVES.slice(6), DIRECTIVES[7] as DatedNodeRow], meetings: [...MEETINGS.slice(5), MEETINGS[5] as DatedNodeRow] });
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  it.each([
    ['Chỉ thị', 1],
    ['Chỉ thị', 2],
    ['chi thi', 3],
    ['CT', 4],
    ['Nghị quyết', 1],
    ['Nghị', 2],
    ['NQ', 100],
    ['Quyết định', 1],
    ['Hướng dẫn', 5],
    [null, 1],
    [null, 3],
  ] as const)('walks directives(kind: %p) in pages of %i: each once, in id order, counted', async (kind, first) => {
    const { rows, totals } = await walk<{ id: string }>(app, DIRECTIVE_PAGE, (d) => d.directives, { first, filter: kind === null ? null : { kind } });
    expect(rows.map((r) => r.id)).toEqual(directivesOf(kind));
    expect([...totals]).toEqual([directivesOf(kind).length]);
  });

  it.each([
    ['DATE_DESC', 1],
    ['DATE_DESC', 2],
    ['DATE_ASC', 3],
    ['DATE_ASC', 5],
    ['DATE_DESC', 100],
  ] as const)('walks the meetings %s in pages of %i through a busy day: each once, in (day, id) order', async (order, first) => {
    const { rows, totals } = await walk<Dated>(app, MEETING_PAGE, (d) => d.meetings, { first, order });
    const all = MEETINGS.map((m) => ({ id: m.id, date: m.date }));
    expect(rows).toEqual(inOrder(all, order));
    expect([...totals]).toEqual([MEETINGS.length]);
  });

  it('keeps one slot per id prefix and per day and id prefix, and moves a re-dated meeting', async () => {
    const dated = MEETINGS.map((m) => ({ id: m.id, date: m.date }));
    expect((await store.stats()).labels).toMatchObject({
      DirectiveSlot: new Set(DIRECTIVES.map((d) => slotOfDirective(d.id))).size,
      MeetingSlot: slotsOfMeetings(dated),
    });
    // Two meetings of the busy day move to the next one: the first alone in its slot (deleted), the second not.
    await write(store, { meetings: [meeting('doc:0c00/m0', '2021-03-05'), meeting('doc:aa00/m1', '2021-03-05')] });
    const moved = dated.map((m) => (m.id === 'doc:0c00/m0' || m.id === 'doc:aa00/m1' ? { ...m, date: '2021-03-05' } : m));
    expect((await store.stats()).labels.MeetingSlot).toBe(slotsOfMeetings(moved));
    for (const [order, first] of [
      ['DATE_DESC', 2],
      ['DATE_ASC', 3],
    ] as const) {
      expect((await walk<Dated>(app, MEETING_PAGE, (d) => d.meetings, { first, order })).rows).toEqual(inOrder(moved, order));
    }
  });
});

// A second describe: its store opens after the first one's is closed (Neo4j Community has one database).
describe('slots of an older store', () => {
  it('gives a store written before the slots its slots on migrate', async () => {
    const older = await emptyStore();
    try {
      // Nodes as an older version wrote them: the upserts and day buckets, no slot.
      await older.engine.write([
        { query: 'upsert_directives', params: { rows: DIRECTIVES } },
        { query: 'upsert_meetings', params: { rows: MEETINGS } },
        { query: 'keep_meeting_days', params: { ids: MEETINGS.map((m) => m.id) } },
      ]);
      expect((await older.stats()).labels.DirectiveSlot).toBeUndefined();
      await older.engine.write([{ query: 'admin_forget_store_migrations', params: {} }]);
      await older.migrate();
      await older.migrate(); // a second start counts nothing again
      const dated = MEETINGS.map((m) => ({ id: m.id, date: m.date }));
      expect((await older.stats()).labels).toMatchObject({
        DirectiveSlot: new Set(DIRECTIVES.map((d) => slotOfDirective(d.id))).size,
        MeetingSlot: slotsOfMeetings(dated),
      });
      const olderApp = createApp({ store: older, config: testConfig() });
      expect((await walk<{ id: string }>(olderApp, DIRECTIVE_PAGE, (d) => d.directives, { first: 2, filter: { kind: 'CT' } })).rows.map((r) => r.id)).toEqual(
        directivesOf('CT'),
      );
      expect((await walk<Dated>(olderApp, MEETING_PAGE, (d) => d.meetings, { first: 2, order: 'DATE_DESC' })).rows).toEqual(inOrder(dated, 'DATE_DESC'));
    } finally {
      await older.close();
    }
  });
});

describe('a person offices and parts a page at a time', () => {
  const DOC = 'doc:p0';
  const people: NodeRow[] = ['person:a#01', 'person:b#02', 'person:c#03'].map((id) => ({ id, props: { name: id, folded: id } }));
  const orgs: NodeRow[] = ['org:x', 'org:y', 'org:z', 'org:w'].map((id) => ({ id, props: { name: id, folded: id, scope: 'national' } }));
  const meetings = ['doc:p0/m0', 'doc:p0/m1', 'doc:p0/m2', 'doc:p0/m3'].map((id) => meeting(id, '2021-01-01'));
  // person a: every office and part; b: one of each; c: none. An organization with two titles, a meeting with two roles.
  const holds = [
    ['person:a#01', 'org:y', 'Bí thư'],
    ['person:a#01', 'org:x', 'Phó Bí thư'],
    ['person:a#01', 'org:x', 'Bí thư'],
    ['person:a#01', 'org:z', 'Trưởng ban'],
    ['person:a#01', 'org:w', 'Ủy viên'],
    ['person:b#02', 'org:x', 'Ủy viên'],
  ].map(([from, to, title]) => ({ from: String(from), to: String(to), documentId: DOC, title: String(title), props: { title, position: `${title} ${to}` } }));
  const participated = [
    ['person:a#01', 'doc:p0/m2', 'chair'],
    ['person:a#01', 'doc:p0/m0', 'spoke'],
    ['person:a#01', 'doc:p0/m0', 'attended'],
    ['person:a#01', 'doc:p0/m3', 'attended'],
    ['person:a#01', 'doc:p0/m1', 'chair'],
    ['person:b#02', 'doc:p0/m1', 'attended'],
  ].map(([from, to, role]) => ({ from: String(from), to: String(to), documentId: DOC, role: String(role), props: {} }));
  let store: GraphStore;
  let recorder: CountingEngine | undefined;
  let app: App;
  beforeAll(async () => {
    store = await emptyStore((engine) => (recorder = new CountingEngine(engine)));
    await write(store, {
      documents: [{ id: DOC, date: null, props: { source: 'p0.txt', text: 'x' } }],
      people,
      organizations: orgs,
      meetings,
      holds,
      participated,
    });
    app = createApp({ store, config: testConfig() });
  });
  afterAll(() => store.close());

  const positionsQuery =
    'query($after: String, $first: Int) { person(id: "person:a#01") { positionConnection(first: $first, after: $after) { totalCount nodes { title organization { id } } pageInfo { hasNextPage endCursor } } } }';
  const partsQuery =
    'query($after: String, $first: Int) { person(id: "person:a#01") { participationConnection(first: $first, after: $after) { totalCount nodes { role meeting { id } } pageInfo { hasNextPage endCursor } } } }';

  it.each([1, 2, 100])('pages positionConnection by %i: by organization id then title, each once, counted', async (first) => {
    const { rows, totals } = await walk<{ title: string; organization: { id: string } }>(app, positionsQuery, (d) => d.person.positionConnection, { first });
    const mine = holds.filter((h) => h.from === 'person:a#01').sort((a, b) => byString(`${a.to}\u0000${a.title}`, `${b.to}\u0000${b.title}`));
    expect(rows).toEqual(mine.map((h) => ({ title: h.title, organization: { id: h.to } })));
    expect([...totals]).toEqual([mine.length]);
  });

  it.each([1, 3, 100])('pages participationConnection by %i: by meeting id then role, each once, counted', async (first) => {
    const { rows, totals } = await walk<{ role: string; meeting: { id: string } }>(app, partsQuery, (d) => d.person.participationConnection, { first });
    const mine = participated.filter((p) => p.from === 'person:a#01').sort((a, b) => byString(`${a.to}\u0000${a.role}`, `${b.to}\u0000${b.role}`));
    expect(rows).toEqual(mine.map((p) => ({ role: p.role.toUpperCase(), meeting: { id: p.to } })));
    expect([...totals]).toEqual([mine.length]);
  });

  it('reads the pages of a level of people in one query, cut to the page in the database, and counts only when asked', async () => {
    if (!recorder) throw new Error('no recorder');
    recorder.calls.length = 0;
    const d = await data(
      app,
      '{ people(first: 10) { nodes { id positionConnection(first: 2) { nodes { title } } participationConnection(first: 2) { totalCount nodes { role } } } } }',
    );
    const byId = new Map(d.people.nodes.map((p: any) => [p.id, p]));
    expect((byId.get('person:a#01') as any).positionConnection.nodes).toHaveLength(2);
    expect((byId.get('person:b#02') as any).participationConnection).toEqual({ totalCount: 1, nodes: [{ role: 'ATTENDED' }] });
    expect((byId.get('person:c#03') as any).positionConnection.nodes).toEqual([]);
    const queries = recorder.calls.map((c) => c.query);
    for (const q of ['rel_person_positions_page', 'rel_person_participations_page', 'rel_person_participations_count'])
      expect(queries.filter((x) => x === q)).toHaveLength(1);
    expect(queries).not.toContain('rel_person_positions_count');
    // A page of 2 (plus one, to tell whether more follow) is all the database sends of person a's five parts.
    const page = await store.engine.read('rel_person_participations_page', {
      pages: [{ ref: '0', id: 'person:a#01', afterKey: null, afterId: null }],
      limit: 3,
    });
    expect((page[0]?.items as unknown[]).length).toBe(3);
  });
});
