// Reads chosen articles out of a JSON Lines corpus (one `{"id", "title", "text"}` object a line,
// gzip-compressed when the name ends in .gz), streaming it line by line: the news corpus is 35k
// articles, and an eval set needs a handful of them, so the file is never held whole in memory
// and the read stops once every wanted id has been seen.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

// The corpus writes "id" first; reading it from the line's start spares parsing the other 35k lines.
const LEADING_ID = /^\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"/;

/** The id of an article an answer's `source` names: `21490704.txt` → `21490704` (the dataset's file name). */
export const idOfSource = (source: string): string => source.replace(/\.txt$/, '');

/**
 * The texts of the articles whose ids are in `ids`, read from `file`; ids the file does not
 * hold are absent from the result. A line that is not a JSON object with a string `id` and
 * `text` is an error naming the file and the line.
 */
export async function readJsonlArticles(file: string, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = new Set(ids);
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  // A read or gunzip error must reach the caller instead of being lost in a pipe.
  const failed = new Promise<never>((_, reject) => {
    raw.on('error', reject);
    input.on('error', (e: Error) => reject(new Error(`${file}: ${e.message}`)));
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  const read = (async () => {
    let n = 0;
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const lead = LEADING_ID.exec(line);
      if (lead && !wanted.has(JSON.parse(`"${lead[1]}"`) as string)) continue;
      const article = parseLine(line, file, n);
      if (!wanted.has(article.id)) continue;
      found.set(article.id, article.text);
      if (found.size === wanted.size) break;
    }
  })();
  try {
    await Promise.race([read, failed]);
  } finally {
    lines.close();
    raw.destroy();
  }
  return found;
}

function parseLine(line: string, file: string, n: number): { id: string; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    throw new Error(`${file}:${n}: not a JSON line (${e instanceof Error ? e.message : String(e)})`);
  }
  const o = value as { id?: unknown; text?: unknown } | null;
  if (typeof o !== 'object' || o === null || typeof o.id !== 'string' || typeof o.text !== 'string') {
    throw new Error(`${file}:${n}: not an article (an object with a string "id" and "text")`);
  }
  return { id: o.id, text: o.text };
}
