import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { MAX_ARTICLE_BYTES } from './decodeArticle.js';

/** A path that is not a file to read: the reason says what it is. */
export class NotReadable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'NotReadable';
  }
}

/** What a non-regular file is, in words a user recognises. */
export function fileKind(info: Stats): string {
  if (info.isFile()) return 'a file';
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe, FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}

/** A failed stat or open as a short reason ("no such file or folder"). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENAMETOOLONG') return 'name too long';
  return (error as Error).message;
}

/**
 * Reads one article file without trusting it: stat first and refuse anything
 * but a regular file (a FIFO would block, /dev/zero never ends), refuse a file
 * over the limit before reading, and read at most limit + 1 bytes even if the
 * file grows meanwhile. The open is non-blocking and the handle is checked
 * again, so a file swapped for a FIFO between stat and open cannot hang us.
 */
export async function readArticleFile(path: string, limit = MAX_ARTICLE_BYTES): Promise<Buffer> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new NotReadable(describeFsError(error));
  }
  if (!info.isFile()) throw new NotReadable(`not a regular file (${fileKind(info)})`);
  if (info.size > limit) throw new NotReadable(`too large (${info.size} bytes; an article is at most ${limit})`);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new NotReadable(describeFsError(error));
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotReadable(`not a regular file (${fileKind(opened)})`);
    const buffer = Buffer.alloc(Math.min(limit + 1, Math.max(opened.size, info.size) + 1));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) throw new NotReadable(`too large (over ${limit} bytes; an article is at most ${limit})`);
    if (filled === buffer.length) throw new NotReadable('the file grew while it was read');
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
