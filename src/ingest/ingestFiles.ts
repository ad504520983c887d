import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { GraphStore } from '../store/GraphStore.js';
import { decodeArticle } from './decodeArticle.js';
import { ingestTexts, type ArticleText, type IngestOptions, type IngestReport, type RejectedArticle } from './ingestTexts.js';
import { walkArticleFiles } from './walkArticleFiles.js';

/** Reads the files and folders given, one file at a time, decoding each; unreadable ones become rejections. */
export async function* readArticles(paths: readonly string[]): AsyncGenerator<ArticleText | RejectedArticle> {
  for await (const path of walkArticleFiles(paths)) {
    const source = basename(path);
    try {
      yield { source, text: decodeArticle(source, await readFile(path)) };
    } catch (error) {
      const message = (error as Error).message;
      yield { source, reason: message.startsWith(`${source}: `) ? message.slice(source.length + 2) : message };
    }
  }
}

/** `kg ingest PATH…`: files and folders into the store, streamed in batches. */
export function ingestFiles(store: GraphStore, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestTexts(store, readArticles(paths), options);
}
