import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { ingestFiles } from '../../src/ingest/ingestFiles.js';
import { decodeArticle, RejectedInput, MAX_ARTICLE_BYTES } from '../../src/ingest/decodeArticle.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { emptyLocation, emptyStore } from '../fixtures/testEngine.js';

const ARTICLE = 'Ngày 5/3/2021, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị giao ban công tác khoa giáo quý I năm 2021.';

describe('decodeArticle', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeArticle('a', Buffer.from(ARTICLE, 'utf8'))).toBe(ARTICLE);
    expect(decodeArticle('a', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]))).toBe(ARTICLE);
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf-16le')]);
    expect(decodeArticle('a', bytes).replace(/^\uFEFF/, '')).toBe(ARTICLE);
  });

  it('reads Vietnamese in windows-1258, the legacy code page with combining tone marks', () => {
    // windows-1258 has ă, â, ê, ô, ơ, ư, đ precomposed but writes the five tones as combining marks.
    const TONE = /[\u0300\u0301\u0303\u0309\u0323]/u;
    const cp1258Form = [...ARTICLE.normalize('NFD').matchAll(/\P{M}\p{M}*/gu)].map(([g]) => {
      const marks = [...g];
      return (
        marks
          .filter((c) => !TONE.test(c))
          .join('')
          .normalize('NFC') + marks.filter((c) => TONE.test(c)).join('')
      );
    });
    const bytes = iconv.encode(cp1258Form.join(''), 'windows-1258');
    expect(decodeArticle('a', bytes).normalize('NFC')).toBe(ARTICLE);
  });

  it('reads a legacy single-byte encoding that is not valid UTF-8', () => {
    const latin = 'Hội nghị café — réunion à Paris, élève, déjà vu, où, naïve, façade, garçon.';
    const bytes = iconv.encode(latin.replace('Hội nghị ', ''), 'windows-1252');
    expect(decodeArticle('a', bytes)).toContain('réunion à Paris');
  });

  it('rejects binary, empty and oversized input with a reason', () => {
    expect(() => decodeArticle('x.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(/binary/);
    expect(() => decodeArticle('x.txt', Buffer.alloc(0))).toThrow(RejectedInput);
    expect(() => decodeArticle('x.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61))).toThrow(/too large/);
  });
});

describe('ingestFiles', () => {
  it('stores every seed article once, and a second run adds nothing', async () => {
    const store = await emptyStore();
    const first = await ingestFiles(store, [SEEDS_DIR]);
    expect(first.stored).toBe(5);
    expect(first.skipped).toEqual([]);
    const once = await store.stats();
    expect(once.labels.Document).toBe(5);
    expect(once.labels.Meeting).toBeGreaterThanOrEqual(5);
    await ingestFiles(store, [SEEDS_DIR], { batchSize: 2 });
    expect(await store.stats()).toEqual(once);
    await store.close();
  });

  it('reports and skips a wrong file while the rest of the batch goes in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    mkdirSync(join(dir, 'nested'));
    copyFileSync(join(SEEDS_DIR, '004_845df41aaa0b93d2.txt'), join(dir, 'nested', 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'c.txt'), '');
    writeFileSync(join(dir, 'ignored.png'), Buffer.from([0x89, 0x50]));
    const store = await emptyStore();
    const progress: number[] = [];
    const report = await ingestFiles(store, [dir], { onProgress: (r) => progress.push(r.stored + r.skipped.length) });
    expect(report.stored).toBe(1);
    expect(report.skipped.map((s) => s.source).sort()).toEqual(['b.txt', 'c.txt']);
    expect(report.skipped.find((s) => s.source === 'b.txt')?.reason).toMatch(/binary/);
    expect(progress.length).toBeGreaterThan(0);
    expect((await store.stats()).labels.Document).toBe(1);
    await store.close();
  });

  it('refuses an input that cleans to more than one article can hold, and keeps the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-huge-'));
    copyFileSync(join(SEEDS_DIR, '003_a3e227f0144687ac.txt'), join(dir, 'a.txt'));
    const paragraph = (i: number) => `Ngày 5/3/2021, Ban Tuyên giáo Huyện ủy tổ chức hội nghị lần thứ ${i}. Đồng chí Lê Văn Ba${i} chủ trì.`;
    writeFileSync(join(dir, 'huge.txt'), Array.from({ length: 2000 }, (_, i) => paragraph(i)).join('\n\n'));
    const store = await emptyStore();
    const report = await ingestFiles(store, [dir]);
    expect(report.stored).toBe(1);
    expect(report.skipped).toEqual([{ source: 'huge.txt', reason: expect.stringMatching(/too long/) }]);
    await store.close();
  });

  it('survives a reopened file: the data is there and a rerun duplicates nothing', async () => {
    const location = await emptyLocation();
    const first = await location.open();
    await ingestFiles(first, [SEEDS_DIR]);
    const before = await first.stats();
    await first.close();
    const second = await location.open();
    expect(await second.stats()).toEqual(before);
    await ingestFiles(second, [SEEDS_DIR]);
    expect(await second.stats()).toEqual(before);
    await second.close();
  });
});
