import { syntheticArticles } from '../../bench/syntheticArticles.js';
import type { GraphBatch } from '../../src/graph/GraphBatch.js';
import { ingestTexts, MAX_ROWS_PER_TRANSACTION } from '../../src/ingest/ingestTexts.js';
import { SEEDS_DIR } from '../fixtures/seededStore.js';
import { emptyStore } from '../fixtures/testEngine.js';

const rowsOf = (b: GraphBatch) => Object.values(b).reduce((n: number, rows: unknown[]) => n + rows.length, 0);

describe('ingestTexts transaction size', () => {
  it('writes at most MAX_ROWS_PER_TRANSACTION rows a transaction, whatever batchSize, and stores every article', async () => {
    const store = await emptyStore();
    const transactions: Array<{ articles: number; rows: number }> = [];
    const upsert = store.upsert.bind(store);
    // Records each transaction the store is given, then writes it.
    store.upsert = (batch) => {
      transactions.push({ articles: batch.documents.length, rows: rowsOf(batch) });
      return upsert(batch);
    };
    try {
      // Synthetic articles hold ~22 rows each: 70 of them are ~1,600 rows, more than one transaction may hold.
      const report = await ingestTexts(store, syntheticArticles(SEEDS_DIR, 70), { batchSize: 200 });
      expect(report.stored).toBe(70);
      expect((await store.stats()).labels.Document).toBe(70);
      expect(transactions.length).toBeGreaterThan(1);
      for (const t of transactions) expect(t.rows).toBeLessThanOrEqual(MAX_ROWS_PER_TRANSACTION);
      expect(transactions.reduce((n, t) => n + t.articles, 0)).toBe(70);
    } finally {
      await store.close();
    }
  }, 300_000); // Neo4j plans its write statements on the first batches: minutes on a loaded machine
});
