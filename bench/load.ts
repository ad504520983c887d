// `tsx bench/load.ts`: the server under load, as a user runs it (`kg start` in its own
// process, NODE_ENV=production), then hostile requests against it. Written to
// bench/results/load-<engine>.json and load-<engine>.md; recorded, never asserted.
//
//   1. 60 s at 50 connections cycling through the example queries of schema/examples/,
//      while 2 more connections keep calling ingestDocument with new articles;
//      errors (transport, HTTP, GraphQL), latency percentiles, requests/s, and the
//      server's resident memory before, at its peak and after.
//   2. Hostile requests, one after another, each while a probe asks `{ __typename }`
//      every 20 ms: the probe's slowest answer is how long the event loop was blocked.
//
//   LOAD_ENGINE=grafeo|neo4j (Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD; an empty database is best)
//   LOAD_SECONDS=60  LOAD_CONNECTIONS=50  LOAD_WRITERS=2
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/engine/createEngine.js';
import { GraphStore } from '../src/store/GraphStore.js';
import { ingestFiles } from '../src/ingest/ingestFiles.js';
import { createApp } from '../src/graphql/createApp.js';
import { readExamples } from '../src/graphql/examples.js';
import { MAX_REQUEST_BODY_BYTES } from '../src/graphql/plugins/security.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');
const engine = (process.env.LOAD_ENGINE ?? 'grafeo') as 'grafeo' | 'neo4j';
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 50);
const writers = Number(process.env.LOAD_WRITERS ?? 2);
const TOKEN = 'load-test-token';
const MB = 1024 * 1024;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as { port: number }).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 102.4) / 10;
}

async function startServer(port: number): Promise<ChildProcess> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    KG_API_TOKEN: TOKEN,
    KG_DATA: join(mkdtempSync(join(tmpdir(), 'kg-load-')), 'graph.grafeo'),
  };
  if (engine === 'neo4j') {
    if (!process.env.NEO4J_URI) throw new Error('LOAD_ENGINE=neo4j needs NEO4J_URI');
    for (const k of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) if (process.env[k]) env[k] = process.env[k]!;
  }
  // Node itself as the child (tsx as a loader), so its pid is the server's for /proc/<pid>/status.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'start'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start in 120 s: ${err}`)), 120_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('GraphQL with GraphiQL at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
  child.stderr!.resume();
  return child;
}

interface Counter {
  graphqlErrors: number;
  samples: string[];
}

function countErrors(counter: Counter) {
  return (status: number, body: string) => {
    if (status !== 200 || body.includes('"errors"')) {
      counter.graphqlErrors++;
      if (counter.samples.length < 5) counter.samples.push(`${status} ${body.slice(0, 300)}`);
    }
  };
}

function summary(r: autocannon.Result, counter: Counter) {
  return {
    requests: r.requests.total,
    requestsPerSecond: r.requests.average,
    latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
    errors: { transport: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphql: counter.graphqlErrors },
    errorSamples: counter.samples,
  };
}

/**
 * A probe in its own process (so the load generator's own work cannot delay it)
 * asking `{ __typename }` every 20 ms: its slowest answer bounds how long the
 * server's event loop was blocked. Stopped by a line on its stdin; answers JSON.
 */
const PROBE = `
let stop = false, slowest = 0, probes = 0;
process.stdin.on('data', () => { stop = true; });
(async () => {
  while (!stop) {
    const t = performance.now();
    try { await fetch(process.argv[1] + '?query=%7B__typename%7D', { headers: { accept: 'application/json' } }).then((r) => r.text()); probes++; } catch {}
    slowest = Math.max(slowest, performance.now() - t);
    await new Promise((r) => setTimeout(r, 20));
  }
  process.stdout.write(JSON.stringify({ slowestProbeMs: Math.round(slowest), probes }));
})();`;

async function probe(url: string): Promise<() => Promise<{ slowestProbeMs: number; probes: number }>> {
  const child = spawn(process.execPath, ['-e', PROBE, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((r) => setTimeout(r, 300)); // started and probing
  return () =>
    new Promise((resolve) => {
      child.once('close', () => resolve(JSON.parse(out || '{"slowestProbeMs":-1,"probes":0}') as { slowestProbeMs: number; probes: number }));
      child.stdin!.end('stop\n');
    });
}

interface HostileCase {
  name: string;
  body: Buffer;
  auth: boolean;
  parallel?: number;
}

function hostileCases(): HostileCase[] {
  const ingestBody = (source: string, text: string) =>
    Buffer.from(
      JSON.stringify({
        query: 'mutation ($s: String!, $t: String!) { ingestDocument(source: $s, text: $t) { stored skipped { reason } } }',
        variables: { s: source, t: text },
      }),
    );
  const crowded = Array.from(
    { length: 520 },
    (_, i) =>
      `Ngày ${1 + (i % 28)}/3/2021, Ban Tuyên giáo Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số ${i}-CT/TW của Bộ Chính trị. Đồng chí Nguyễn Văn An${i}, Phó Bí thư Huyện ủy chủ trì hội nghị.`,
  ).join(' ');
  const huge = Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(23 * MB) } }));
  // Bodies are built before the probe starts: only the server's work is timed.
  return [
    { name: 'ingestDocument: 1.4 MB of unclosed tags', body: ingestBody('unclosed.html', `<html><body>${'<div <span '.repeat(127_000)}`), auth: true },
    { name: 'ingestDocument: HTML nested 100,000 levels', body: ingestBody('deep.html', `<html><body>${'<div>'.repeat(100_000)}`), auth: true },
    {
      name: 'ingestDocument: 1.9 MB page of 24,000 paragraphs',
      body: ingestBody('big.html', `<html><body>${'<p>Hội nghị giao ban công tác khoa giáo quý I năm 2021 của huyện.</p>'.repeat(24_000)}</body></html>`),
      auth: true,
    },
    { name: 'ingestDocument: crowded 99k-character text (every sentence a meeting)', body: ingestBody('crowded.txt', crowded.slice(0, 99_000)), auth: true },
    { name: 'one 23 MB request body', body: huge, auth: false },
    { name: '20 parallel 23 MB request bodies', body: huge, auth: false, parallel: 20 },
    {
      name: `search(types:) with 300,000 entries (${(MAX_REQUEST_BODY_BYTES / MB).toFixed(0)} MiB body limit)`,
      body: Buffer.from(
        JSON.stringify({
          query: 'query ($t: [NodeType!]) { search(text: "hoi nghi", types: $t) { score } }',
          variables: { t: Array.from({ length: 300_000 }, () => 'PERSON') },
        }),
      ),
      auth: false,
    },
  ];
}

async function hostile(url: string, pid: number) {
  const post = (body: Buffer, auth = true) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
      body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length),
    });
  const rows = [];
  for (const c of hostileCases()) {
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
    const stopProbe = await probe(url);
    const t = performance.now();
    let responses: Response[] = [];
    let failure = '';
    try {
      responses = await Promise.all(Array.from({ length: c.parallel ?? 1 }, () => post(c.body, c.auth)));
    } catch (error) {
      failure = String((error as Error).cause ?? error);
    }
    const ms = Math.round(performance.now() - t);
    const bodies = await Promise.all(responses.map((r) => r.text()));
    clearInterval(sampler);
    const probed = await stopProbe();
    const statuses = [...new Set(responses.map((r) => r.status))];
    const answer = failure || (bodies[0] ?? '').slice(0, 200);
    rows.push({
      name: c.name,
      bodyMb: Math.round((c.body.length / MB) * 10) / 10,
      statuses,
      ms,
      ...probed,
      rssBeforeMb: before,
      rssPeakMb: peak,
      rssGrowthMb: Math.round((peak - before) * 10) / 10,
      answer,
    });
    console.log(
      `${c.name}: HTTP ${statuses.join('/')} in ${ms} ms, slowest probe ${probed.slowestProbeMs} ms, RSS +${(peak - before).toFixed(1)} MB  ${answer.slice(0, 120)}`,
    );
  }
  return rows;
}

/**
 * The same hostile requests sent in-process (app.fetch, no sockets, no other process
 * competing on the two cores), with the event loop's own delay histogram: the
 * precise answer to "how long did this request block the server".
 */
async function hostileInProcess() {
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    KG_API_TOKEN: TOKEN,
    KG_DATA: join(mkdtempSync(join(tmpdir(), 'kg-load-')), 'graph.grafeo'),
  });
  const store = new GraphStore(await createEngine(config));
  await store.migrate();
  await ingestFiles(store, [join(ROOT, 'seeds')]);
  const app = createApp({ store, config, logging: false });
  const send = (c: HostileCase) =>
    Promise.resolve(
      app.fetch('http://kg/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(c.auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
        body: new Uint8Array(c.body.buffer, c.body.byteOffset, c.body.length),
      }),
    ).then(async (r: Response) => ({ status: r.status, body: await r.text() }));
  const warm = hostileCases()[3]!; // starts the extraction worker, so its start-up is not counted against a case
  await send({
    ...warm,
    body: Buffer.from(
      JSON.stringify({ query: 'mutation { ingestDocument(source: "warm.txt", text: "Ngày 5/3/2021, Huyện ủy tổ chức Hội nghị giao ban.") { stored } }' }),
    ),
  });
  const rows = [];
  for (const c of hostileCases()) {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t = performance.now();
    const answers: Array<{ status: number; body: string }> = await Promise.all(Array.from({ length: c.parallel ?? 1 }, () => send(c)));
    const ms = Math.round(performance.now() - t);
    await new Promise((r) => setTimeout(r, 50)); // a loop blocked to the end records its delay at the next timer tick
    clearInterval(sampler);
    delay.disable();
    const row = {
      name: c.name,
      statuses: [...new Set(answers.map((a) => a.status))],
      ms,
      maxEventLoopDelayMs: Math.round(delay.max / 1e6),
      rssGrowthMb: Math.round(((peak - before) / MB) * 10) / 10,
      answer: answers[0]!.body.slice(0, 200),
    };
    rows.push(row);
    console.log(
      `in-process ${c.name}: HTTP ${row.statuses.join('/')} in ${ms} ms, event loop blocked at most ${row.maxEventLoopDelayMs} ms, RSS +${row.rssGrowthMb} MB`,
    );
  }
  await store.close();
  return rows;
}

async function main() {
  if (process.env.LOAD_ONLY_IN_PROCESS) {
    console.log(JSON.stringify(await hostileInProcess(), null, 2));
    return;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/graphql`;
  const server = await startServer(port);
  const pid = server.pid!;
  try {
    const queries = readExamples().filter((e) => !/^\s*mutation\b/m.test(e.query.replace(/^#.*$/gm, '')));
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    // Every example once first: one that already fails unloaded is left out of the load (and recorded), so errors under load mean load.
    const failingBefore: Array<{ name: string; answer: string }> = [];
    for (const e of queries) {
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: e.query }) });
      const body = await res.text();
      if (res.status !== 200 || body.includes('"errors"')) failingBefore.push({ name: e.name, answer: body.slice(0, 300) });
    }
    if (failingBefore.length) console.error(`left out, failing before the load: ${failingBefore.map((f) => `${f.name}: ${f.answer}`).join('; ')}`);
    const examples = queries.filter((e) => !failingBefore.some((f) => f.name === e.name));
    const loadAverageBefore = loadavg().map((x) => Math.round(x * 10) / 10);
    const rssBefore = rssMb(pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 500);

    const readCounter: Counter = { graphqlErrors: 0, samples: [] };
    const writeCounter: Counter = { graphqlErrors: 0, samples: [] };
    const articles = syntheticArticles(join(ROOT, 'seeds'), 1_000_000);
    for (let i = 0; i < 5; i++) articles.next(); // past the seeds themselves: every write is a new document
    let written = 0;
    const reads = autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: examples.map((e) => ({ method: 'POST' as const, headers, body: JSON.stringify({ query: e.query }), onResponse: countErrors(readCounter) })),
    });
    const writes = autocannon({
      url,
      connections: writers,
      duration: seconds,
      timeout: 30,
      requests: [
        {
          method: 'POST' as const,
          headers: { ...headers, authorization: `Bearer ${TOKEN}` },
          setupRequest: (req: autocannon.Request) => {
            const a = articles.next().value!;
            written++;
            return {
              ...req,
              body: JSON.stringify({
                query: 'mutation ($s: String!, $t: String!) { ingestDocument(source: $s, text: $t) { stored meetings } }',
                variables: { s: `load-${written}-${a.source}`, t: a.text },
              }),
            };
          },
          onResponse: countErrors(writeCounter),
        },
      ],
    });
    console.log(`${engine}: ${seconds} s, ${connections} connections over ${examples.length} example queries, ${writers} writing ingestDocument …`);
    const [readResult, writeResult] = await Promise.all([reads, writes]);
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 2000));
    const rssAfter = rssMb(pid);
    const load = {
      seconds,
      connections,
      writers,
      examples: examples.map((e) => e.name),
      failingBefore,
      reads: summary(readResult, readCounter),
      writes: summary(writeResult, writeCounter),
      serverRssMb: { before: rssBefore, peak: rssPeak, after: rssAfter },
      // 1, 5 and 15 minute load averages of the machine (2 cores): other work competing for them inflates every latency here.
      loadAverage: { before: loadAverageBefore, after: loadavg().map((x) => Math.round(x * 10) / 10) },
    };
    console.log(JSON.stringify(load, null, 2));
    const hostileRows = await hostile(url, pid);
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 2000)); // the embedded data file is free again
    const inProcess = await hostileInProcess();
    const result = {
      date: new Date().toISOString(),
      engine,
      machine: '2 cores, shared with other work',
      load,
      hostile: hostileRows,
      hostileInProcess: inProcess,
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `load-${engine}.json`), JSON.stringify(result, null, 2) + '\n');
    writeFileSync(join(RESULTS, `load-${engine}.md`), markdown(result));
    console.log(`→ bench/results/load-${engine}.json, load-${engine}.md`);
  } finally {
    server.kill('SIGTERM');
  }
}

function markdown(r: { date: string; engine: string; load: any; hostile: any[]; hostileInProcess: any[] }): string {
  const l = r.load;
  const errs = (e: any) =>
    `${e.transport + e.timeouts + e.non2xx + e.graphql} (transport ${e.transport}, timeouts ${e.timeouts}, non-2xx ${e.non2xx}, GraphQL ${e.graphql})`;
  return [
    `# Load: ${r.engine} (${r.date})`,
    '',
    `${l.seconds} s, ${l.connections} connections cycling through ${l.examples.length} example queries, ${l.writers} connections calling ingestDocument with new articles; server \`kg start\`, NODE_ENV=production, 2 shared cores (the load generator runs on the same machine).`,
    '',
    '| | requests | req/s | p50 ms | p99 ms | max ms | errors |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| reads | ${l.reads.requests} | ${l.reads.requestsPerSecond.toFixed(1)} | ${l.reads.latencyMs.p50} | ${l.reads.latencyMs.p99} | ${l.reads.latencyMs.max} | ${errs(l.reads.errors)} |`,
    `| writes | ${l.writes.requests} | ${l.writes.requestsPerSecond.toFixed(1)} | ${l.writes.latencyMs.p50} | ${l.writes.latencyMs.p99} | ${l.writes.latencyMs.max} | ${errs(l.writes.errors)} |`,
    '',
    `Server RSS: ${l.serverRssMb.before} MB before, ${l.serverRssMb.peak} MB at peak, ${l.serverRssMb.after} MB after.`,
    '',
    `Machine load average (1, 5, 15 min) before: ${l.loadAverage.before.join(', ')}; after: ${l.loadAverage.after.join(', ')} (2 cores; other sessions' work shares them, so every latency here includes waiting for a core).`,
    ...(l.failingBefore.length ? ['', `Left out (failing before the load, without load): ${l.failingBefore.map((f: any) => f.name).join(', ')}.`] : []),
    '',
    '## Hostile requests (one at a time, a `{ __typename }` probe every 20 ms)',
    '',
    '| request | HTTP | ms | slowest probe ms | RSS growth MB |',
    '| --- | --- | --- | --- | --- |',
    ...r.hostile.map((h) => `| ${h.name} | ${h.statuses.join('/')} | ${h.ms} | ${h.slowestProbeMs} | ${h.rssGrowthMb} |`),
    '',
    "The probe runs in its own process, but on the same two cores as the server, the extraction worker, the sender and (for Neo4j) the database, so its slowest answer includes waiting for a core. The same requests in-process (app.fetch), measured by the event loop's own delay histogram:",
    '',
    '| request | HTTP | ms | event loop blocked at most, ms | RSS growth MB |',
    '| --- | --- | --- | --- | --- |',
    ...r.hostileInProcess.map((h) => `| ${h.name} | ${h.statuses.join('/')} | ${h.ms} | ${h.maxEventLoopDelayMs} | ${h.rssGrowthMb} |`),
    '',
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
