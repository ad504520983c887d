import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../src/ingest/ingestFiles.js';
import { readJsonLines, boundedLines, MAX_LINE_BYTES } from '../../src/ingest/readJsonLines.js';
import type { ArticleInput } from '../../src/ingest/ingestTexts.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { emptyStore } from '../fixtures/testEngine.js';

const seed = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8');
const tempDir = () => mkdtempSync(join(tmpdir(), 'kg-jsonl-'));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/news-baomoi-2017.jsonl.gz', import.meta.url));

async function collect(gen: AsyncIterable<ArticleInput>): Promise<ArticleInput[]> {
  const out: ArticleInput[] = [];
  for await (const x of gen) out.push(x);
  return out;
}

describe('JSON Lines corpora', () => {
  const lines = [
    JSON.stringify({ id: 'a1', title: 'Tin địa phương', text: seed('000_f3722c1bc178eddd.txt') }),
    '{"id": "broken", "text": "Hội nghị',
    JSON.stringify({ id: 'n', text: 42 }),
    '',
    JSON.stringify({ source: 'https://example.org/bai-2', text: seed('001_20b91e63489e390f.txt') }),
    JSON.stringify({ text: 'Có ký tự \u0000 NUL' }),
    JSON.stringify([1, 2]),
    JSON.stringify({ text: seed('002_e74b11c61e2b332d.txt') }),
  ];

  it('reads one article a line, plain or gzipped; a bad line is reported and skipped', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'corpus.jsonl'), lines.join('\n'));
    writeFileSync(join(dir, 'corpus.jsonl.gz'), gzipSync(lines.join('\r\n') + '\n'));
    for (const [file, gzip] of [
      ['corpus.jsonl', false],
      ['corpus.jsonl.gz', true],
    ] as const) {
      const items = await collect(readJsonLines(join(dir, file), gzip));
      const read = items.filter((i): i is { source: string; text: string } => 'text' in i);
      expect(read.map((i) => i.source)).toEqual([`${file}#a1`, 'https://example.org/bai-2', `${file}:8`]);
      expect(read[0]!.text.startsWith('Tin địa phương\n')).toBe(true); // the title leads unless the text opens with it
      const skipped = items.filter((i): i is { source: string; reason: string } => 'reason' in i);
      expect(skipped.map((s) => s.source)).toEqual([`${file}:2`, `${file}#n`, `${file}:6`, `${file}:7`]);
      expect(skipped.map((s) => s.reason)).toEqual([
        expect.stringMatching(/^not JSON/),
        'no "text" string',
        expect.stringMatching(/NUL character/),
        'not a JSON object',
      ]);
    }
  });

  it('goes into the store through kg ingest, next to plain files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'corpus.jsonl.gz'), gzipSync(lines.join('\n')));
    writeFileSync(join(dir, 'd.txt'), seed('003_a3e227f0144687ac.txt'));
    const store = await emptyStore();
    const report = await ingestFiles(store, [dir]);
    expect(report.stored).toBe(4);
    expect(report.skipped).toHaveLength(4);
    expect((await store.stats()).labels.Document).toBe(4);
    await store.close();
  });

  it('skips a line too long to be an article without holding it', async () => {
    const chunks = async function* () {
      yield Buffer.from('{"text": "a"}\n{"text": "');
      for (let i = 0; i < 10; i++) yield Buffer.alloc(1024 * 1024, 0x61);
      yield Buffer.from('"}\n{"text": "b"}');
    };
    const out = [];
    for await (const line of boundedLines(chunks(), 4 * 1024 * 1024)) out.push(Buffer.isBuffer(line) ? line.toString() : line);
    expect(out).toEqual(['{"text": "a"}', { tooLong: 10 * 1024 * 1024 + 12 }, '{"text": "b"}']);
    expect(MAX_LINE_BYTES).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('reports a corrupt gzip and keeps what came before', async () => {
    const dir = tempDir();
    const whole = gzipSync(lines.slice(0, 1).join('\n') + '\n' + 'x'.repeat(100_000));
    writeFileSync(join(dir, 'cut.jsonl.gz'), whole.subarray(0, whole.length - 20));
    const items = await collect(readJsonLines(join(dir, 'cut.jsonl.gz'), true));
    expect(items[0]).toMatchObject({ source: 'cut.jsonl.gz#a1' });
    expect(items.at(-1)).toMatchObject({ reason: expect.stringMatching(/not readable from here on|line too long|not JSON/) });
  });

  (existsSync(CORPUS) ? it : it.skip)('streams the shared baomoi corpus (../shared/corpus): the first 300 records are articles', async () => {
    let n = 0;
    let bytes = 0;
    for await (const item of readJsonLines(CORPUS, true, (b) => (bytes += b))) {
      expect('text' in item).toBe(true);
      if (++n === 300) break; // leaving the loop closes the file
    }
    expect(n).toBe(300);
    expect(bytes).toBeLessThan(8 * 1024 * 1024); // streamed: nowhere near the 38 MB file
  });
  if (!existsSync(CORPUS)) console.log(`skipped: ${CORPUS} is absent (the shared corpus is not in a fresh clone)`);
});
