import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphStore } from '../../src/store/GraphStore.js';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import { syntheticArticles } from '../../bench/syntheticArticles.js';
import { SEEDS_DIR } from '../fixtures/seededStore.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `kg ingest` in a child process; with killAfterBatches, SIGKILLs it once that many batches are logged. */
function kgIngest(dataPath: string, corpus: string, killAfterBatches?: number): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx as a loader), so SIGKILL hits the process that writes; the tsx wrapper would leave an orphan.
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', corpus, '--batch-size', '5'], {
      cwd: ROOT,
      env: { ...process.env, KG_DATA: dataPath, LOG_LEVEL: 'debug', NEO4J_URI: '' },
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

async function statsOf(path: string) {
  const store = new GraphStore(new GrafeoEngine(path));
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

describe('crash safety', () => {
  it('kill -9 in the middle of an ingest, then a rerun, equals one clean run', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kg-crash-'));
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    for (const a of syntheticArticles(SEEDS_DIR, 120)) writeFileSync(join(corpus, a.source), a.text);

    const clean = join(work, 'clean.grafeo');
    expect((await kgIngest(clean, corpus)).code).toBe(0);

    const crashed = join(work, 'crashed.grafeo');
    const killed = await kgIngest(crashed, corpus, 3);
    expect(killed.signal).toBe('SIGKILL');
    expect((await kgIngest(crashed, corpus)).code).toBe(0);

    const expected = await statsOf(clean);
    expect(expected.labels.Document).toBe(120);
    expect(await statsOf(crashed)).toEqual(expected);
  }, 120_000);
});
