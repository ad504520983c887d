import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyLocation, type StoreLocation } from '../fixtures/testEngine.js';
import { graphSnapshot } from '../fixtures/graphSnapshot.js';
import { syntheticArticles } from '../../bench/syntheticArticles.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLES = 60;

/** Runs `kg ingest` in a child process; with killAfterBatches, SIGKILLs it once that many batches are logged. */
function kgIngest(location: StoreLocation, corpus: string, killAfterBatches?: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx as a loader), so SIGKILL hits the process that writes; the tsx wrapper would leave an orphan.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpus, '--batch-size', '5'], {
      cwd: ROOT,
      env: { ...process.env, ...location.env, LOG_LEVEL: 'debug' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let batches = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      batches += chunk.toString().split('batch stored').length - 1;
      if (killAfterBatches !== undefined && batches >= killAfterBatches) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

/** Counts and the whole graph (what `kg export` would write), of what is stored there. */
async function contentsOf(location: StoreLocation) {
  const store = await location.open();
  try {
    return { stats: await store.stats(), graph: await graphSnapshot(store) };
  } finally {
    await store.close();
  }
}

describe('crash safety', () => {
  it('kill -9 in the middle of an ingest, then a rerun, equals one clean run', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    // 12 batches of 5: enough for a kill after the third to land mid-ingest; more articles only cost time (size is not what is tested).
    for (const a of syntheticArticles(SEEDS_DIR, ARTICLES)) writeFileSync(join(corpus, a.source), a.text);

    // One location at a time (Neo4j has one database): the clean run is read before the crashed one starts.
    const clean = await emptyLocation();
    expect((await kgIngest(clean, corpus)).code).toBe(0);
    const expected = await contentsOf(clean);
    expect(expected.stats.labels.Document).toBe(ARTICLES);

    const crashed = await emptyLocation();
    const killed = await kgIngest(crashed, corpus, 3);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await contentsOf(crashed);
    expect(partial.stats.labels.Document ?? 0).toBeLessThan(ARTICLES);
    expect((await kgIngest(crashed, corpus)).code).toBe(0);

    const rerun = await contentsOf(crashed);
    expect(rerun.stats).toEqual(expected.stats);
    expect(rerun.graph).toEqual(expected.graph);
  }, 120_000);
});
