import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, symlinkSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles, readArticles } from '../../src/ingest/ingestFiles.js';
import { readArticleFile } from '../../src/ingest/readArticleFile.js';
import { decodeArticle, MAX_ARTICLE_BYTES } from '../../src/ingest/decodeArticle.js';
import { binaryKind } from '../../src/ingest/binaryKind.js';
import { MAX_HTML_DEPTH } from '../../src/extract/clean/htmlToText.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';
import { emptyStore } from '../fixtures/testEngine.js';

const SEED = join(SEEDS_DIR, '004_845df41aaa0b93d2.txt');
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `kg-${name}-`));
const reasonOf = (report: { skipped: Array<{ source: string; reason: string }> }, source: string) =>
  report.skipped.find((s) => s.source === source || s.source.endsWith(`/${source}`))?.reason;

describe('reading files without trusting them', () => {
  it('reports a FIFO named .txt and returns at once, the rest going in', async () => {
    const dir = tempDir('fifo');
    execFileSync('mkfifo', [join(dir, 'x.txt')]);
    copyFileSync(SEED, join(dir, 'a.txt'));
    const store = await emptyStore();
    const started = Date.now();
    // Named on the command line and met in a folder: both are stat-ed before any open.
    const report = await ingestFiles(store, [dir, join(dir, 'x.txt')]);
    expect(Date.now() - started).toBeLessThan(20_000); // the old reader waited forever for a writer
    expect(report.stored).toBe(1);
    expect(report.skipped.map((s) => s.reason)).toEqual(['not a regular file (a named pipe, FIFO)', 'not a regular file (a named pipe, FIFO)']);
    await store.close();
  });

  it('reports a .txt link to /dev/zero without reading it', async () => {
    const dir = tempDir('zero');
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    copyFileSync(SEED, join(dir, 'a.txt'));
    const before = process.memoryUsage().rss;
    const items = [];
    for await (const item of readArticles([dir, '/dev/zero'])) items.push(item);
    expect(items.map((i) => ('reason' in i ? i.reason : 'text' in i ? 'read' : 'ignored'))).toEqual([
      'read',
      'not a regular file (a character device)',
      'not a regular file (a character device)',
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  it('refuses an oversized file before reading it, and reads at most limit + 1 bytes', async () => {
    const dir = tempDir('big');
    const path = join(dir, 'big.txt');
    const fd = openSync(path, 'w');
    writeSync(fd, 'a', 64 * 1024 * 1024 - 1); // sparse: 64 MiB long, nothing to read
    closeSync(fd);
    await expect(readArticleFile(path)).rejects.toThrow(/too large \(67108864 bytes/);
    writeFileSync(join(dir, 'exact.txt'), Buffer.alloc(MAX_ARTICLE_BYTES, 0x61));
    expect((await readArticleFile(join(dir, 'exact.txt'))).length).toBe(MAX_ARTICLE_BYTES);
    writeFileSync(join(dir, 'small.txt'), Buffer.alloc(100, 0x61));
    await expect(readArticleFile(join(dir, 'small.txt'), 99)).rejects.toThrow(/too large/);
  });

  it('refuses PDF, Office and archive files whatever their name', async () => {
    const dir = tempDir('magic');
    copyFileSync(SEED, join(dir, 'a.txt'));
    // An uncompressed PDF is readable ASCII without a NUL: only its first bytes give it away.
    writeFileSync(join(dir, 'report.txt'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n(Hội nghị giao ban) Tj\n%%EOF\n');
    writeFileSync(join(dir, 'minutes.md'), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/document.xml')]));
    writeFileSync(join(dir, 'old.html'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x41]));
    writeFileSync(join(dir, 'pack.txt'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x41, 0x42]));
    const store = await emptyStore();
    const report = await ingestFiles(store, [dir]);
    expect(report.stored).toBe(1);
    expect(reasonOf(report, 'report.txt')).toBe('binary content (PDF), not text');
    expect(reasonOf(report, 'minutes.md')).toMatch(/Office document or ZIP/);
    expect(reasonOf(report, 'old.html')).toMatch(/OLE2/);
    expect(reasonOf(report, 'pack.txt')).toMatch(/gzip/);
    expect(binaryKind(Buffer.from('Hội nghị %PDF-1.4 trong câu'))).toBeNull();
    await store.close();
  });

  it('refuses a NUL anywhere, not only in the first 8 KB', () => {
    const text = Buffer.from('Hội nghị giao ban. '.repeat(2000), 'utf8');
    const late = Buffer.concat([text, Buffer.from([0]), Buffer.from('tail')]);
    expect(late.indexOf(0)).toBeGreaterThan(8192);
    expect(() => decodeArticle('late.txt', late)).toThrow(`binary content (NUL byte at offset ${text.length}), not text`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hội nghị\u0000', 'utf16le')]);
    expect(() => decodeArticle('u.txt', utf16)).toThrow(/NUL character/);
  });

  it('reports every bad argument and keeps going: a missing path costs only itself', async () => {
    const dir = tempDir('args');
    copyFileSync(SEED, join(dir, 'a.txt'));
    const store = await emptyStore();
    const report = await ingestFiles(store, [join(dir, 'missing.txt'), join(dir, 'a.txt'), join(dir, 'no-folder')]);
    expect(report.stored).toBe(1);
    expect(report.skipped.map((s) => s.reason)).toEqual(['no such file or folder', 'no such file or folder']);
    await store.close();
  });

  it('lists files of other types found in folders, by type', async () => {
    const dir = tempDir('types');
    mkdirSync(join(dir, 'img'));
    copyFileSync(SEED, join(dir, 'a.txt'));
    for (const name of ['img/1.png', 'img/2.png', 'scan.pdf', 'README']) writeFileSync(join(dir, name), 'x');
    const store = await emptyStore();
    const report = await ingestFiles(store, [dir]);
    expect(report.ignored).toEqual({ '.png': 2, '.pdf': 1, '(no extension)': 1 });
    expect(report.skipped).toEqual([]);
    await store.close();
  });
});

describe('HTML that cannot be parsed', () => {
  it('is reported and skipped, quickly, and the other files go in', async () => {
    const dir = tempDir('deep');
    copyFileSync(SEED, join(dir, 'a.txt'));
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(5000)}Hội nghị${'</div>'.repeat(5000)}</body></html>`);
    // 1.4 MB of unclosed tags froze the server for 39 s.
    writeFileSync(join(dir, 'unclosed.html'), `<html><body>${'<div <span '.repeat(130_000)}`);
    writeFileSync(join(dir, 'open.html'), `<html><body>${'<b><i>'.repeat(120_000)}`);
    const store = await emptyStore();
    const started = Date.now();
    const report = await ingestFiles(store, [dir]);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(report.stored).toBe(1);
    expect(reasonOf(report, 'deep.html')).toBe(`HTML not readable: elements nested more than ${MAX_HTML_DEPTH} levels deep`);
    expect(reasonOf(report, 'unclosed.html')).toMatch(/HTML not readable: a tag with more than \d+ attributes/);
    expect(reasonOf(report, 'open.html')).toMatch(/HTML not readable: elements nested/);
    await store.close();
  });
});
