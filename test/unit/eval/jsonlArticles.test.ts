import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { idOfSource, readJsonlArticles } from '../../../src/eval/jsonlArticles.js';
import { evalSet } from '../../../src/eval/evalSet.js';
import type { ContractDocument } from '../../../src/core/extraction.js';

// Invented articles, written the way the news corpus writes its lines (id first, then title and text).
const line = (id: string, text: string, title = 'Tin') => JSON.stringify({ id, title, text });
const corpus = [
  line('100', 'Hội nghị A\nSáng 3/4, Huyện ủy Hòa Lạc tổ chức hội nghị.'),
  '',
  line('200', 'Tin B\nMột tin không có cuộc họp nào, có dấu "ngoặc kép" và \\ gạch.'),
  JSON.stringify({ title: 'id không ở đầu dòng', text: 'Tin C', id: '300' }),
  line('400', 'Tin D'),
].join('\n');

describe('readJsonlArticles', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jsonl-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the wanted articles out of a gzip-compressed JSON Lines file, wherever the id is in the line', async () => {
    const file = join(dir, 'news.jsonl.gz');
    writeFileSync(file, gzipSync(corpus));
    const texts = await readJsonlArticles(file, ['200', '300', '999']);
    expect([...texts.keys()].sort()).toEqual(['200', '300']);
    expect(texts.get('200')).toBe('Tin B\nMột tin không có cuộc họp nào, có dấu "ngoặc kép" và \\ gạch.');
    expect(texts.get('300')).toBe('Tin C');
  });

  it('reads an uncompressed file the same way, and wants nothing when asked for nothing', async () => {
    const file = join(dir, 'news.jsonl');
    writeFileSync(file, corpus);
    expect((await readJsonlArticles(file, ['100'])).get('100')).toMatch(/^Hội nghị A/);
    expect((await readJsonlArticles(file, [])).size).toBe(0);
  });

  it('stops at the last wanted article, so a broken line after it is never read', async () => {
    const file = join(dir, 'news.jsonl.gz');
    writeFileSync(file, gzipSync(`${line('100', 'A')}\n{not json`));
    expect((await readJsonlArticles(file, ['100'])).get('100')).toBe('A');
  });

  it('names the file and the line of a line that is not an article', async () => {
    const file = join(dir, 'news.jsonl.gz');
    writeFileSync(file, gzipSync(`${line('100', 'A')}\n{not json\n${line('200', 'B')}`));
    await expect(readJsonlArticles(file, ['200'])).rejects.toThrow(/news\.jsonl\.gz:2: not a JSON line/);
    writeFileSync(file, gzipSync(`${JSON.stringify({ id: 5, text: 'A' })}\n`));
    await expect(readJsonlArticles(file, ['5'])).rejects.toThrow(/news\.jsonl\.gz:1: not an article/);
  });

  it('reports a file that is not gzip, and one that does not exist', async () => {
    const file = join(dir, 'news.jsonl.gz');
    writeFileSync(file, corpus);
    await expect(readJsonlArticles(file, ['100'])).rejects.toThrow(/news\.jsonl\.gz/);
    await expect(readJsonlArticles(join(dir, 'gone.jsonl.gz'), ['100'])).rejects.toThrow(/gone\.jsonl\.gz/);
  });

  it('scores answers whose source names an article of the corpus by its id', async () => {
    const file = join(dir, 'news.jsonl.gz');
    writeFileSync(file, gzipSync(corpus));
    mkdirSync(join(dir, 'gold'));
    const doc = (source: string, meetings: string[]): ContractDocument => ({
      source,
      title: null,
      publishedOn: null,
      authors: [],
      meetings: meetings.map((title) => ({ title, date: null, period: null, organizers: [], place: null, participants: [], cites: [] })),
      people: [],
      organizations: [],
      directives: [],
    });
    writeFileSync(join(dir, 'gold', '100.json'), JSON.stringify(doc('100.txt', ['Hội nghị A'])));
    writeFileSync(join(dir, 'gold', '777.json'), JSON.stringify(doc('777.txt', [])));
    const texts = await readJsonlArticles(file, ['100.txt', '777.txt'].map(idOfSource));
    const r = evalSet({
      name: 'local',
      articlesDir: file,
      goldDir: join(dir, 'gold'),
      readArticle: (source) => {
        const t = texts.get(idOfSource(source));
        return t === undefined ? undefined : Buffer.from(t, 'utf8');
      },
      // An extractor that reads the first line as a meeting title when it starts with "Hội nghị".
      extract: (f, bytes) => {
        const first = bytes.toString('utf8').split('\n')[0]!;
        return doc(f, first.startsWith('Hội nghị') ? [first] : []);
      },
    });
    expect(r.articles.map((a) => a.source)).toEqual(['100.txt']);
    expect(r.totals.meetings).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(r.missingArticles).toEqual(['777.txt']);
  });
});
