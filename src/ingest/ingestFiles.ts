import { basename } from 'node:path';
import type { GraphStore } from '../store/GraphStore.js';
import { decodeArticle } from './decodeArticle.js';
import { readArticleFile } from './readArticleFile.js';
import { readJsonLines } from './readJsonLines.js';
import { ingestTexts, type ArticleInput, type IngestOptions, type IngestReport } from './ingestTexts.js';
import { walkArticleFiles } from './walkArticleFiles.js';

export interface ReadOptions {
  /** Bytes consumed from disk so far, reported as they are read (for a progress bar). */
  onBytes?: (n: number) => void;
  /** Called once per file or bad path, after it has been read. */
  onFile?: () => void;
}

/** Strips "source: " from a RejectedInput message, which already names the source. */
function reasonOf(error: unknown, source: string): string {
  const message = (error as Error).message;
  return message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message;
}

/**
 * Reads the files and folders given, one file (or one JSON line) at a time,
 * decoding each; every bad path, file or line becomes a rejection with its
 * reason, and reading goes on with the rest.
 */
export async function* readArticles(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<ArticleInput> {
  for await (const item of walkArticleFiles(paths)) {
    const source = basename(item.path) || item.path;
    if (item.kind === 'ignored') {
      yield { source, ignoredType: item.type };
      continue;
    }
    if (item.kind === 'bad') {
      yield { source: item.path, reason: item.reason };
      options.onFile?.();
      continue;
    }
    if (item.format !== 'article') {
      yield* readJsonLines(item.path, item.format === 'jsonl.gz', options.onBytes);
      options.onFile?.();
      continue;
    }
    try {
      const bytes = await readArticleFile(item.path);
      options.onBytes?.(bytes.length);
      yield { source, text: decodeArticle(source, bytes) };
    } catch (error) {
      options.onBytes?.(item.size);
      yield { source, reason: reasonOf(error, source) };
    }
    options.onFile?.();
  }
}

/** `kg ingest PATH…`: files, folders and JSON Lines corpora into the store, streamed in batches. */
export function ingestFiles(store: GraphStore, paths: readonly string[], options: IngestOptions & ReadOptions = {}): Promise<IngestReport> {
  return ingestTexts(store, readArticles(paths, options), options);
}
