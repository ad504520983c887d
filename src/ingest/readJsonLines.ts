import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { checkArticleText, MAX_ARTICLE_BYTES, RejectedInput } from './decodeArticle.js';
import type { ArticleText, RejectedArticle } from './ingestTexts.js';

/**
 * A line may hold one article's text JSON-escaped (\uXXXX is six bytes for a
 * three-byte letter), so three times the article limit; a longer line is
 * skipped unread, which bounds memory whatever the file holds.
 */
export const MAX_LINE_BYTES = 3 * MAX_ARTICLE_BYTES;

/**
 * Lines of a byte stream, each at most `maxBytes` (longer ones come back as
 * `null` with their length, never held whole). readline would buffer a line of
 * any length, and a corpus without a newline would fill memory.
 */
export async function* boundedLines(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer | { tooLong: number }> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropping = 0; // bytes of an over-long line seen so far (0: not dropping)
  for await (const chunk of stream) {
    let from = 0;
    while (from < chunk.length) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(from, end);
      if (dropping > 0 || held + piece.length > maxBytes) {
        dropping += held + piece.length;
        parts = [];
        held = 0;
      } else {
        parts.push(piece);
        held += piece.length;
      }
      if (nl < 0) break;
      if (dropping > 0) yield { tooLong: dropping };
      else yield parts.length === 1 && parts[0] ? parts[0] : Buffer.concat(parts, held);
      parts = [];
      held = 0;
      dropping = 0;
      from = nl + 1;
    }
  }
  if (dropping > 0) yield { tooLong: dropping };
  else if (held > 0) yield Buffer.concat(parts, held);
}

/** One JSON Lines record → an article; the reason when it is not one. */
export function articleOfRecord(line: string, fallbackSource: string): ArticleText {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    throw new RejectedInput(fallbackSource, `not JSON (${(error as Error).message})`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) throw new RejectedInput(fallbackSource, 'not a JSON object');
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
  const given = typeof r.source === 'string' && r.source.trim() ? r.source.trim().slice(0, 255) : null;
  const source = given ?? (id ? `${fallbackSource.replace(/:\d+$/, '')}#${id}` : fallbackSource);
  if (typeof r.text !== 'string') throw new RejectedInput(source, 'no "text" string');
  let text = checkArticleText(source, r.text);
  // The title is the headline; prepend it unless the text already opens with it (scraped text usually does).
  const title = typeof r.title === 'string' ? r.title.trim() : '';
  if (title && !text.trimStart().startsWith(title)) text = `${title}\n${text}`;
  return { source, text };
}

/**
 * Streams a JSON Lines corpus (`.jsonl`, or `.jsonl.gz` decompressed on the fly):
 * one article a line, `{"text": …, "id"?, "title"?, "source"?}`. Memory holds one
 * line; a bad line is yielded as a rejection and the file goes on. `onBytes`
 * reports bytes read from disk (compressed), for a progress bar.
 */
export async function* readJsonLines(path: string, gzip: boolean, onBytes?: (n: number) => void): AsyncGenerator<ArticleText | RejectedArticle> {
  const name = basename(path);
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (onBytes) file.on('data', (chunk) => onBytes(chunk.length));
  const stream: Readable = gzip ? file.pipe(createGunzip()) : file;
  if (gzip) file.on('error', (error) => stream.destroy(error));
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let lineNo = 0;
  try {
    for await (const line of boundedLines(stream as AsyncIterable<Buffer>, MAX_LINE_BYTES)) {
      lineNo++;
      const at = `${name}:${lineNo}`;
      if (!Buffer.isBuffer(line)) {
        yield { source: at, reason: `line too long (${line.tooLong} bytes; at most ${MAX_LINE_BYTES})` };
        continue;
      }
      if (line.length === 0 || (line.length === 1 && line[0] === 0x0d)) continue; // blank line
      try {
        yield articleOfRecord(utf8.decode(line), at);
      } catch (error) {
        if (error instanceof RejectedInput) yield { source: error.source, reason: error.message.slice(error.source.length + 2) };
        else yield { source: at, reason: `not UTF-8 text (${(error as Error).message})` };
      }
    }
  } catch (error) {
    yield { source: lineNo > 0 ? `${name}:${lineNo + 1}` : name, reason: `file not readable from here on: ${(error as Error).message}` };
  } finally {
    file.destroy();
    stream.destroy();
  }
}
