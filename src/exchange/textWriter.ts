import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A UTF-8 file written in pieces that waits when the disk is behind, so a dump never piles up in memory. */
export interface TextWriter {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openTextWriter(path: string): TextWriter {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: Error | null = null;
  stream.on('error', (e) => {
    failure = e;
  });
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {
      if (failure) throw failure;
      stream.end();
      await once(stream, 'finish');
    },
  };
}
