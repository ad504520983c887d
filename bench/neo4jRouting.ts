// `tsx bench/neo4jRouting.ts`: the same Neo4j server through `bolt://` (direct driver) and
// `neo4j://` (routing driver: it fetches the routing table, sends read transactions to
// readers and write transactions to the writer). On one Community server the table names that
// server for every role, so this checks that the adapter works through the routing driver and
// what the routing costs per transaction; followers, read replicas and TLS (`neo4j+s://`) need
// a cluster or a hosted database, which this machine has not (docs/scaling.md).
// Results: bench/results/neo4j-routing.json and neo4j-routing.md.
//   ROUTING_HOSTPORT=127.0.0.1:7702 (a server of your own)  ROUTING_N=200  NEO4J_USER / NEO4J_PASSWORD
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jEngine } from '../src/engine/neo4j/Neo4jEngine.js';
import { percentile, type Latency } from './results.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const hostPort = process.env.ROUTING_HOSTPORT ?? '';
const n = Number(process.env.ROUTING_N ?? 200);
const credentials = { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'password' };
if (!hostPort || hostPort.endsWith(':7687')) {
  console.log('neo4jRouting: needs ROUTING_HOSTPORT (a Neo4j of your own, not :7687): nothing measured.');
  process.exit(0);
}

const results: Record<string, { read: Latency; write: Latency; documents: number }> = {};
for (const scheme of ['bolt', 'neo4j', 'bolt', 'neo4j']) {
  const engine = new Neo4jEngine({ uri: `${scheme}://${hostPort}`, ...credentials });
  try {
    const documents = Number((await engine.read('count_documents'))[0]?.count ?? 0); // also warms the pool (and the routing table)
    const reads: number[] = [];
    const writes: number[] = [];
    for (let i = 0; i < n; i++) {
      let t = performance.now();
      await engine.read('count_documents');
      reads.push(performance.now() - t);
      t = performance.now();
      // A write transaction that changes nothing (limit 0): what routing a write costs.
      await engine.write([{ query: 'bench_wipe_some', params: { limit: 0 } }]);
      writes.push(performance.now() - t);
    }
    // Two passes per scheme, interleaved; the second is kept (the first warms the server's plan cache).
    results[scheme] = { read: percentile(reads), write: percentile(writes), documents };
  } finally {
    await engine.close();
  }
}
const load = loadavg().map((x) => Number(x.toFixed(2)));
const result = { date: new Date().toISOString(), server: hostPort, transactions: n, loadAverage: load, schemes: results };
writeFileSync(join(ROOT, 'bench', 'results', 'neo4j-routing.json'), JSON.stringify(result, null, 2) + '\n');
const lines = [
  '# One Neo4j server through bolt:// and neo4j:// (bench/neo4jRouting.ts)',
  '',
  `${n} read transactions (\`count_documents\`, on a store of ${results.bolt?.documents ?? '?'} documents) and ${n} write transactions that change nothing, each scheme, ` +
    `interleaved, on a local Neo4j 5.26 Community server; load average ${load.join(' ')} (2 cores shared).`,
  '',
  '| URI scheme | read p50 / p99 ms | write p50 / p99 ms |',
  '| --- | --- | --- |',
  ...Object.entries(results).map(
    ([s, r]) => `| ${s}:// | ${r.read.p50.toFixed(2)} / ${r.read.p99.toFixed(2)} | ${r.write.p50.toFixed(2)} / ${r.write.p99.toFixed(2)} |`,
  ),
];
writeFileSync(join(ROOT, 'bench', 'results', 'neo4j-routing.md'), lines.join('\n') + '\n');
console.log(lines.slice(-2).join('\n'));
