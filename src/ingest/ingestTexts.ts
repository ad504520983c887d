import { concatBatches, type GraphBatch } from '../graph/GraphBatch.js';
import type { GraphStore } from '../store/GraphStore.js';
import { articleBatch } from './articleBatch.js';
import { extractAhead, parallelExtractor } from './parallelExtract.js';

export interface ArticleText {
  source: string;
  text: string;
}

/** An input rejected before extraction (missing, not a regular file, binary, too large, a bad JSON line). */
export interface RejectedArticle {
  source: string;
  reason: string;
}

/** A file of another type met in a folder: not read, counted by type in the report. */
export interface IgnoredFile {
  source: string;
  ignoredType: string;
}

export type ArticleInput = ArticleText | RejectedArticle | IgnoredFile;

export interface IngestReport {
  /** Articles stored (one Document each). */
  stored: number;
  meetings: number;
  citations: number;
  /** Inputs reported and skipped, with the reason. */
  skipped: Array<{ source: string; reason: string }>;
  /** Files of other types found in folders and not read: how many of each type ('.png': 3). */
  ignored: Record<string, number>;
}

export function emptyReport(): IngestReport {
  return { stored: 0, meetings: 0, citations: 0, skipped: [], ignored: {} };
}

/**
 * Rows (nodes and relationships) one write transaction holds at most, whatever `batchSize` says. On the embedded
 * engine a transaction's working memory is hundreds of MB for a few thousand rows, and glibc keeps what it frees
 * as the process's own: transactions of 200 synthetic articles (4,500 rows) left ~0.4 GB more RSS after 5k articles
 * than transactions of 50 (1,130 rows; bench/results/ingest-memory.md). 1,200 rows is ~50 synthetic articles and
 * ~340 real news articles (3.5 rows each), so the real corpus keeps the batch size asked for.
 */
export const MAX_ROWS_PER_TRANSACTION = 1200;

/** The rows a batch writes: its nodes and relationships. */
function rowsOf(batch: GraphBatch): number {
  let n = 0;
  for (const rows of Object.values(batch) as unknown[][]) n += rows.length;
  return n;
}

export interface IngestOptions {
  /** Articles per write transaction (100 by default), and never more than MAX_ROWS_PER_TRANSACTION rows. */
  batchSize?: number;
  /** Called after each stored batch and each skipped input. */
  onProgress?: (report: IngestReport, source: string) => void;
  /** Text → rows; the server passes one that runs in a worker thread so its event loop stays free. */
  extract?: (source: string, text: string) => GraphBatch | Promise<GraphBatch>;
  /** Rows a write transaction holds at most (MAX_ROWS_PER_TRANSACTION by default; benchmarks vary it). */
  maxRowsPerTransaction?: number;
  /** Worker threads extracting in parallel (order kept, a bounded window ahead); 1 (the default): on this thread. */
  workers?: number;
}

/**
 * Extracts each article and stores the results in batches, one write transaction
 * per batch. An article the extractor cannot read is reported and skipped; the
 * rest of the batch goes in. A batch is at most `batchSize` articles and MAX_ROWS_PER_TRANSACTION rows.
 * One batch is written while the next is extracted; memory holds at most three batches (one written,
 * one filling, one being extracted), whatever the corpus.
 */
export async function ingestTexts(
  store: GraphStore,
  articles: Iterable<ArticleInput> | AsyncIterable<ArticleInput>,
  options: IngestOptions = {},
): Promise<IngestReport> {
  const batchSize = options.batchSize ?? 100;
  const maxRows = options.maxRowsPerTransaction ?? MAX_ROWS_PER_TRANSACTION;
  const workers = options.extract ? 1 : Math.max(1, options.workers ?? 1);
  const pool = workers > 1 ? parallelExtractor(workers) : null;
  const extract = options.extract ?? pool?.extract ?? articleBatch;
  const report = emptyReport();
  let pending: Array<{ source: string; batch: GraphBatch }> = [];
  let pendingRows = 0;
  let lastSource = '';

  // One batch is written while the next is extracted: the write runs while the loop goes on, and the
  // next flush waits for it, so at most one write is in flight and batches are stored (and reported) in order.
  let writing: Promise<void> = Promise.resolve();
  const write = async (articlesInBatch: Array<{ source: string; batch: GraphBatch }>, source: string) => {
    try {
      await store.upsert(concatBatches(articlesInBatch.map((a) => a.batch)));
      report.stored += articlesInBatch.length;
    } catch {
      // The batch transaction rolled back whole; store its articles one by one so one bad article costs only itself.
      for (const a of articlesInBatch) {
        try {
          await store.upsert(a.batch);
          report.stored++;
        } catch (error) {
          report.skipped.push({ source: a.source, reason: `not stored: ${(error as Error).message}` });
        }
      }
    }
    options.onProgress?.(report, source);
  };
  const flush = async () => {
    await writing;
    if (pending.length === 0) return;
    writing = write(pending, lastSource);
    writing.catch(() => undefined); // awaited by the next flush; this only keeps a failure from being unhandled meanwhile
    pending = [];
    pendingRows = 0;
  };

  try {
    for await (const { item, batch: extracting } of extractAhead(articles, extract, workers > 1 ? Math.max(workers * 4, batchSize) : 0)) {
      lastSource = item.source;
      if ('ignoredType' in item) {
        report.ignored[item.ignoredType] = (report.ignored[item.ignoredType] ?? 0) + 1;
        continue;
      }
      if ('reason' in item) {
        report.skipped.push({ source: item.source, reason: item.reason });
        options.onProgress?.(report, item.source);
        continue;
      }
      let batch: GraphBatch;
      try {
        if (!extracting) throw new Error('no text was read'); // items without a text are skipped or ignored above
        batch = await extracting;
      } catch (error) {
        report.skipped.push({ source: item.source, reason: (error as Error).message });
        options.onProgress?.(report, item.source);
        continue;
      }
      report.meetings += batch.meetings.length;
      report.citations += batch.cites.length;
      const rows = rowsOf(batch);
      // A transaction past the row bound is written first (an article is never split: one bigger than the bound goes alone).
      if (pending.length > 0 && pendingRows + rows > maxRows) await flush();
      pending.push({ source: item.source, batch });
      pendingRows += rows;
      if (pending.length >= batchSize) await flush();
    }
    await flush();
    await writing;
  } finally {
    await writing.catch(() => undefined); // a failure elsewhere still lets the write in flight end before the pool closes
    await pool?.close();
  }
  return report;
}
