// Builds a store of N synthetic articles and keeps it (unlike bench/run.ts, which deletes its
// stores), so queries can be compared on one graph (bench/orderedLists.ts).
//   npx tsx bench/buildStore.ts grafeo /tmp/x.grafeo 100000
//   NEO4J_URI=bolt://127.0.0.1:7697 NEO4J_PASSWORD=… npx tsx bench/buildStore.ts neo4j - 10000   (wipes that database first)
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { ingestTexts } from '../src/ingest/ingestTexts.js';
import { ApiStore } from '../src/store/ApiStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const [engine, path, size] = process.argv.slice(2);
const n = Number(size ?? 10000);

async function open() {
  if (engine === 'grafeo') return new GrafeoEngine(path ?? '/tmp/store.grafeo');
  const e = new Neo4jEngine({ uri: process.env.NEO4J_URI ?? '', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' });
  while (Number((await e.write([{ query: 'bench_wipe_some', params: { limit: 20000 } }]))[0]?.[0]?.count ?? 0) > 0);
  return e;
}

const store = new ApiStore(await open());
await store.migrate();
const t = performance.now();
const report = await ingestTexts(store, syntheticArticles(join(ROOT, 'seeds'), n), {
  batchSize: 200,
  workers: availableParallelism(),
  onProgress: (r) => process.stderr.write(`\r${r.stored} stored`),
});
process.stderr.write('\n');
// The process's peak resident memory (the kernel's high-water mark): what ingest needed, extraction workers included.
const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
console.log(`${report.stored} articles in ${((performance.now() - t) / 1000).toFixed(0)} s, peak RSS ${peakMb.toFixed(0)} MB`);
await store.close();
