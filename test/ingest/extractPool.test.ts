import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ExtractPool } from '../../src/ingest/extractPool.js';
import { articleBatch } from '../../src/ingest/articleBatch.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';

// A long, crowded input (every sentence a meeting lead with a person and a citation): hundreds of ms of extraction.
const crowded = Array.from(
  { length: 400 },
  (_, i) =>
    `Ngày ${1 + (i % 28)}/3/2021, Ban Tuyên giáo Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số ${i}-CT/TW của Bộ Chính trị. Đồng chí Nguyễn Văn An${i}, Phó Bí thư Huyện ủy chủ trì hội nghị.`,
).join(' ');

describe('extraction in a worker thread', () => {
  const pool = new ExtractPool();
  afterAll(() => pool.close());

  it('gives the rows the main thread would', async () => {
    const text = readFileSync(join(SEEDS_DIR, '001_20b91e63489e390f.txt'), 'utf8');
    expect(await pool.extract('001.txt', text)).toEqual(articleBatch('001.txt', text));
  });

  it('leaves the event loop free while it works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const batch = await pool.extract('crowded.txt', crowded);
    clearInterval(timer);
    expect(batch.meetings.length).toBeGreaterThan(0);
    // On the main thread the same call is one synchronous block: not a single tick would run during it.
    expect(ticks).toBeGreaterThan(5);
  });

  it('reports an unreadable page as the error, and goes on', async () => {
    await expect(pool.extract('deep.html', `<html><body>${'<div>'.repeat(3000)}`)).rejects.toThrow(/HTML not readable: elements nested/);
    await expect(pool.extract('nul.txt', 'Hội nghị\u0000')).rejects.toThrow(/NUL/);
    const text = readFileSync(join(SEEDS_DIR, '002_e74b11c61e2b332d.txt'), 'utf8');
    expect((await pool.extract('002.txt', text)).documents).toHaveLength(1);
  });

  it('ends a job past its time, and the next job gets a fresh worker', async () => {
    const impatient = new ExtractPool(1);
    await expect(impatient.extract('crowded.txt', crowded)).rejects.toThrow(/took too long to read/);
    const text = readFileSync(join(SEEDS_DIR, '003_a3e227f0144687ac.txt'), 'utf8');
    const patient = new ExtractPool(60_000);
    expect((await patient.extract('003.txt', text)).documents).toHaveLength(1);
    await Promise.all([impatient.close(), patient.close()]);
  });

  it('times a job from when the worker has loaded, not from when it was started', async () => {
    // A worker that takes 1.5 s to load (as on a busy machine) and a job timeout of 1 s: the
    // one-sentence article takes a few ms once the extractor is loaded, so it must be read.
    const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    const worker = new URL('../../src/ingest/extractWorker.ts', import.meta.url).href;
    const slowToLoad = () =>
      new Worker(`setTimeout(() => import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); }), 1500);`, {
        eval: true,
      });
    const pool = new ExtractPool(1000, slowToLoad);
    try {
      const batch = await pool.extract('tri-ton.txt', 'Ngày 2/3/2021, Ban Tuyên giáo Huyện ủy Tri Tôn tổ chức Hội nghị quán triệt Chỉ thị số 05-CT/TW.');
      expect(batch.meetings).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });
});
