import type { CypherEngine, FollowUp, Params, Row, Statement } from '../../src/engine/CypherEngine.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import { CountingEngine } from '../../src/graphql/countingEngine.js';
import { BACKFILLS } from '../../src/store/backfills.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting } from '../fixtures/extractions.js';
import { emptyStore } from '../fixtures/testEngine.js';

// Migrate's backfills (src/store/backfills.ts) give an older store the facts kept at write time; each runs
// once per store and is recorded, so a current store's start reads one small list instead of every node.
// On the engine under test.

const NAMES = BACKFILLS.map((b) => b.name).sort();

async function recorded(store: GraphStore): Promise<string[]> {
  return (await store.engine.read('store_migrations')).map((r) => String(r.name)).sort();
}

/** Meetings and people as a version before their buckets wrote them: the upserts alone. */
async function writeAsOlderVersion(store: GraphStore): Promise<void> {
  const batch = toGraphBatch(districtMeeting('Tịnh Biên'));
  await store.engine.write([
    { query: 'upsert_meetings', params: { rows: batch.meetings } },
    { query: 'upsert_people', params: { rows: batch.people } },
  ]);
}

/** An engine whose writes of one query fail while `failing` names it. */
class FailingEngine implements CypherEngine {
  failing: string | null = null;
  constructor(private readonly inner: CypherEngine) {}
  get name() {
    return this.inner.name;
  }
  read(query: string, params?: Params): Promise<Row[]> {
    return this.inner.read(query, params);
  }
  write(statements: Statement[]): Promise<Row[][]> {
    if (statements.some((s) => s.query === this.failing)) return Promise.reject(new Error(`${this.failing} failed`));
    return this.inner.write(statements);
  }
  writeThen(first: Statement[], then: FollowUp): Promise<Row[][]> {
    return this.inner.writeThen(first, then);
  }
  applySchema(query: string): Promise<void> {
    return this.inner.applySchema(query);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('migrate: backfills', () => {
  it('runs each backfill once per store, records it, and a later start reads only the record', async () => {
    let counting: CountingEngine | undefined;
    const store = await emptyStore((engine) => (counting = new CountingEngine(engine)));
    try {
      expect(await recorded(store)).toEqual(NAMES);
      if (!counting) throw new Error('no recorder');
      counting.calls.length = 0;
      await store.migrate();
      expect(counting.calls.map((c) => c.query)).toEqual(['store_migrations']);
    } finally {
      await store.close();
    }
  });

  it('runs them all on a store with none recorded, as a version before the record left it', async () => {
    const store = await emptyStore();
    try {
      await writeAsOlderVersion(store);
      await store.engine.write([{ query: 'admin_forget_store_migrations', params: {} }]);
      expect(await recorded(store)).toEqual([]);
      expect((await store.stats()).labels).not.toHaveProperty('MeetingDay');
      await store.migrate();
      const { labels } = await store.stats();
      expect(labels.MeetingDay).toBe(1);
      expect(labels.PersonName).toBeGreaterThan(0);
      expect(await recorded(store)).toEqual(NAMES);
    } finally {
      await store.close();
    }
  });

  it("runs recorded backfills again with backfills: 'all' (kg migrate), for a store an older version wrote to", async () => {
    const store = await emptyStore();
    try {
      await writeAsOlderVersion(store);
      await store.migrate();
      expect((await store.stats()).labels).not.toHaveProperty('MeetingDay');
      await store.migrate({ backfills: 'all' });
      expect((await store.stats()).labels.MeetingDay).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('records no backfill that failed: the next start runs it again', async () => {
    let failing: FailingEngine | undefined;
    const store = await emptyStore((engine) => (failing = new FailingEngine(engine)));
    try {
      if (!failing) throw new Error('no wrapper');
      await writeAsOlderVersion(store);
      await store.engine.write([{ query: 'admin_forget_store_migrations', params: {} }]);
      failing.failing = 'backfill_meeting_days';
      await expect(store.migrate()).rejects.toThrow('backfill_meeting_days failed');
      const done = await recorded(store);
      expect(done).not.toContain('backfill_meeting_days');
      // Those before it in the list were run and recorded.
      expect(done).toContain('backfill_directive_citations');
      failing.failing = null;
      await store.migrate();
      expect((await store.stats()).labels.MeetingDay).toBe(1);
      expect(await recorded(store)).toEqual(NAMES);
    } finally {
      await store.close();
    }
  });
});
