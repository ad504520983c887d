import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphStore } from '../../src/store/GraphStore.js';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import { runGraphStoreContract } from './graphStoreContract.js';

// Persistent files, as in use: the contract covers the file-backed engine, not only memory.
runGraphStoreContract('Grafeo (embedded)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-contract-'));
  return new GraphStore(new GrafeoEngine(join(dir, 'graph.grafeo')));
});
