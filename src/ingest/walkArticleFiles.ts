import { opendir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';

/** File endings read as articles when a folder is walked; a file named directly is always read. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.md']);

/**
 * Yields article files under the given paths, one at a time in a stable order,
 * so a corpus of any size is walked without listing it all in memory.
 */
export async function* walkArticleFiles(paths: readonly string[]): AsyncGenerator<string> {
  for (const path of paths) {
    const info = await stat(path);
    if (info.isDirectory()) yield* walkFolder(path);
    else yield path;
  }
}

async function* walkFolder(dir: string): AsyncGenerator<string> {
  const entries: Array<{ name: string; folder: boolean }> = [];
  for await (const e of await opendir(dir)) {
    if (e.name.startsWith('.')) continue;
    entries.push({ name: e.name, folder: e.isDirectory() });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.folder) yield* walkFolder(path);
    else if (ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield path;
  }
}
