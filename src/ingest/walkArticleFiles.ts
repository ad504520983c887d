import { opendir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, extname } from 'node:path';
import { describeFsError, fileKind } from './readArticleFile.js';

/** File endings read as one article each when a folder is walked; a file named directly is always read. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md']);

/** How a file is read: one article, or JSON Lines (one article a line, optionally gzipped). */
export type FileFormat = 'article' | 'jsonl' | 'jsonl.gz';

export type WalkItem =
  | { kind: 'file'; path: string; format: FileFormat; size: number }
  /** A path that cannot be read: missing, not a regular file, an unreadable folder. */
  | { kind: 'bad'; path: string; reason: string }
  /** A file of another type met in a folder (not named on the command line). */
  | { kind: 'ignored'; path: string; type: string };

export function formatOf(name: string): FileFormat | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz')) return 'jsonl.gz';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  return ARTICLE_EXTENSIONS.has(extname(lower)) ? 'article' : null;
}

/** The type a skipped file is listed under in the summary: its ending, or "(no extension)". */
export function typeOf(name: string): string {
  return extname(name).toLowerCase() || '(no extension)';
}

/**
 * Walks the given paths one entry at a time, in a stable order, so a corpus of
 * any size is walked without listing it all in memory. Every path is stat-ed
 * first; a problem with one path is yielded as `bad` and the walk goes on.
 */
export async function* walkArticleFiles(paths: readonly string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: 'bad', path, reason: describeFsError(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path);
    else if (info.isFile()) yield { kind: 'file', path, format: formatOf(path) ?? 'article', size: info.size };
    else yield { kind: 'bad', path, reason: `not a regular file (${fileKind(info)})` };
  }
}

async function* walkFolder(dir: string): AsyncGenerator<WalkItem> {
  const entries: Array<{ name: string; folder: boolean; link: boolean }> = [];
  try {
    for await (const e of await opendir(dir)) {
      if (e.name.startsWith('.')) continue;
      entries.push({ name: e.name, folder: e.isDirectory(), link: e.isSymbolicLink() });
    }
  } catch (error) {
    yield { kind: 'bad', path: dir, reason: `folder not readable: ${describeFsError(error)}` };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.folder) {
      yield* walkFolder(path);
      continue;
    }
    const format = formatOf(e.name);
    let info: Stats;
    try {
      info = await stat(path); // follows links: a link to /dev/zero is a device, not a file
    } catch (error) {
      if (format) yield { kind: 'bad', path, reason: describeFsError(error) };
      else yield { kind: 'ignored', path, type: typeOf(e.name) };
      continue;
    }
    if (info.isDirectory()) {
      // Links to folders are not followed: a link cycle would never end.
      yield { kind: 'ignored', path, type: '(link to a folder)' };
    } else if (!format) {
      yield { kind: 'ignored', path, type: typeOf(e.name) };
    } else if (!info.isFile()) {
      yield { kind: 'bad', path, reason: `not a regular file (${fileKind(info)})` };
    } else {
      yield { kind: 'file', path, format, size: info.size };
    }
  }
}

/** Files and bytes the walk will read, for a progress total (a second walk: names and stats only, nothing read). */
export async function countInputs(paths: readonly string[]): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for await (const item of walkArticleFiles(paths)) {
    if (item.kind !== 'file') continue;
    files++;
    bytes += item.size;
  }
  return { files, bytes };
}
