// Markdown tables and an SVG chart from every bench/results/{ingest,graphql}-<corpus>.json
// (run by bench/run.ts; `tsx bench/summaries.ts` redraws them without measuring).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineRun, Latency } from './results.js';

/** Untimed runs of each operation before bench/run.ts times it in process (query planning and JIT on a fresh server). */
export const WARMUP_RUNS = 5;

type IngestRun = Omit<EngineRun, 'graphql'>;
type GraphqlRun = EngineRun['graphql'];

function load<T>(dir: string, kind: string): Array<{ corpus: string; engines: Record<string, T> }> {
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as { corpus: string; engines?: Record<string, T> })
    .filter((r): r is { corpus: string; engines: Record<string, T> } => r.engines !== undefined)
    .sort((a, b) => order(a.corpus) - order(b.corpus));
}

const order = (corpus: string) => (corpus === 'real' ? 1e12 : Number(corpus));
const f0 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(0));
const f1 = (n: number | null | undefined) => (n === null || n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(1));

export function writeSummaries(dir: string): void {
  if (!existsSync(dir)) return;
  const ingest = load<IngestRun>(dir, 'ingest');
  const graphql = load<GraphqlRun>(dir, 'graphql');

  const lines = [
    '# Ingest (bench/run.ts)',
    '',
    'articles/s end to end (parallel extraction + writes); raw = the same rows CREATEd with no MERGE; ms/article of the first and last batches; peak RSS of the benchmark process (Neo4j: and of the server).',
    '',
    '| corpus | engine | stored | articles/s | % of raw CREATE | write path /s | raw CREATE /s | extraction /s (1 core) | extraction MB/s (1 core) | ms/article first → last batches | peak RSS MB | Neo4j RSS MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of ingest) {
    for (const [engine, e] of Object.entries(r.engines)) {
      lines.push(
        `| ${r.corpus} | ${engine} | ${e.ingest.stored} | ${f0(e.ingest.articlesPerSecond)} | ${f0(e.ratioToRawWrite * 100)}% | ${f0(e.sample.writePathArticlesPerSecond)} | ${f0(e.sample.rawCreateArticlesPerSecond)} | ${f0(e.sample.extractArticlesPerSecondOneCore)} | ${f1(e.sample.extractMBPerSecondOneCore)} | ${f1(e.ingest.msPerArticleFirstBatches)} → ${f1(e.ingest.msPerArticleLastBatches)} | ${f0(e.peakRssMb)} | ${f0(e.neo4jRssMb)} |`,
      );
    }
  }
  writeFileSync(join(dir, 'ingest-summary.md'), lines.join('\n') + '\n');

  const ops = [...new Set(graphql.flatMap((r) => Object.values(r.engines).flatMap((e) => Object.keys(e.inProcess))))].sort();
  const g = [
    '# GraphQL latency (bench/run.ts)',
    '',
    `p50 / p99 in ms of each example operation: in process (app.fetch, one at a time, after ${WARMUP_RUNS} untimed warm-up runs of each) and over HTTP (autocannon, 10 connections), beside \`{ __typename }\`.`,
    '',
  ];
  for (const r of graphql) {
    const engines = Object.keys(r.engines).sort();
    g.push(
      `## ${r.corpus} articles`,
      '',
      `| operation | ${engines.map((e) => `${e} in-process p50 / p99 | ${e} HTTP p50 / p99 | ${e} round trips`).join(' | ')} |`,
      `| --- |${engines.map(() => ' --- | --- | --- |').join('')}`,
    );
    for (const op of ops) {
      const cells = engines.map((e) => {
        const a = r.engines[e]?.inProcess[op];
        const h = r.engines[e]?.http[op];
        const err = (a?.errors ?? 0) + (h?.errors ?? 0) > 0 ? ' (errors)' : '';
        const httpCell = h && h.n === 0 ? 'none answered in the run' : `${f1(h?.p50)} / ${f1(h?.p99)}`;
        return `${f1(a?.p50)} / ${f1(a?.p99)}${err} | ${httpCell} | ${a?.roundTrips ?? '–'}`;
      });
      g.push(`| ${op} | ${cells.join(' | ')} |`);
    }
    g.push('');
  }
  writeFileSync(join(dir, 'graphql-summary.md'), g.join('\n'));
  writeFileSync(join(dir, 'scaling.svg'), chart(ingest, graphql));
}

/** Two panels: ingest articles/s and in-process p99 of each operation, against corpus size (log scales). */
function chart(ingest: ReturnType<typeof load<IngestRun>>, graphql: ReturnType<typeof load<GraphqlRun>>): string {
  const synthetic = (c: string) => c !== 'real';
  const W = 1160,
    H = 420,
    pad = 60,
    legend = 180,
    panel = (W - pad * 3 - legend) / 2;
  const xs = [...new Set([...ingest, ...graphql].filter((r) => synthetic(r.corpus)).map((r) => Number(r.corpus)))].sort((a, b) => a - b);
  const lx = (n: number, x0: number) => {
    const [a, b] = [Math.log10(xs[0] ?? 1), Math.log10(xs.at(-1) ?? 10)];
    return x0 + (b === a ? panel / 2 : ((Math.log10(n) - a) / (b - a)) * panel);
  };
  const ly = (v: number, lo: number, hi: number) =>
    H - pad - ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (H - pad * 2);
  const colors = [
    '#1f77b4',
    '#d62728',
    '#2ca02c',
    '#9467bd',
    '#ff7f0e',
    '#8c564b',
    '#e377c2',
    '#7f7f7f',
    '#bcbd22',
    '#17becf',
    '#393b79',
    '#637939',
    '#843c39',
  ];
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  const axes = (x0: number, title: string, lo: number, hi: number, unit: string) => {
    out.push(`<text x="${x0}" y="20" font-size="13" font-weight="bold">${title}</text>`);
    out.push(
      `<line x1="${x0}" y1="${H - pad}" x2="${x0 + panel}" y2="${H - pad}" stroke="#444"/><line x1="${x0}" y1="${pad}" x2="${x0}" y2="${H - pad}" stroke="#444"/>`,
    );
    for (const n of xs) out.push(`<text x="${lx(n, x0)}" y="${H - pad + 14}" text-anchor="middle">${n >= 1000 ? `${n / 1000}k` : n}</text>`);
    for (let v = lo; v <= hi; v *= 10)
      out.push(
        `<text x="${x0 - 4}" y="${ly(v, lo, hi) + 4}" text-anchor="end">${v}</text><line x1="${x0}" y1="${ly(v, lo, hi)}" x2="${x0 + panel}" y2="${ly(v, lo, hi)}" stroke="#eee"/>`,
      );
    out.push(
      `<text x="${x0 + panel / 2}" y="${H - pad + 30}" text-anchor="middle">articles in the graph</text><text x="${x0 - 40}" y="${pad - 10}">${unit}</text>`,
    );
  };
  const x1 = pad,
    x2 = pad * 2 + panel;
  axes(x1, 'Ingest rate (articles/s)', 10, 10000, 'art/s');
  for (const [ei, engine] of ['grafeo', 'neo4j'].entries()) {
    const pts = ingest
      .filter((r) => synthetic(r.corpus) && r.engines[engine])
      .map((r): [number, number] => [lx(Number(r.corpus), x1), ly(r.engines[engine]!.ingest.articlesPerSecond, 10, 10000)]);
    if (pts.length === 0) continue;
    out.push(
      `<polyline fill="none" stroke="${colors[ei]}" stroke-width="2" stroke-dasharray="${ei ? '5,3' : ''}" points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`,
    );
    for (const [x, y] of pts) out.push(`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="3" fill="${colors[ei]}"/>`);
  }
  out.push(`<text x="${x1 + 4}" y="${pad + 12}" fill="${colors[0]}">— grafeo</text><text x="${x1 + 70}" y="${pad + 12}" fill="${colors[1]}">- - neo4j</text>`);
  axes(x2, 'GraphQL p99 in process (ms): solid grafeo, dashed neo4j', 0.1, 10000, 'ms');
  const ops = [...new Set(graphql.flatMap((r) => Object.values(r.engines).flatMap((e) => Object.keys(e.inProcess))))].sort();
  let row = 0;
  for (const [oi, op] of ops.entries()) {
    for (const [ei, engine] of ['grafeo', 'neo4j'].entries()) {
      const pts = graphql
        .filter((r) => synthetic(r.corpus) && r.engines[engine]?.inProcess[op])
        .map((r): [number, number] => [lx(Number(r.corpus), x2), ly((r.engines[engine]!.inProcess[op] as Latency).p99, 0.1, 10000)]);
      if (pts.length === 0) continue;
      out.push(
        `<polyline fill="none" stroke="${colors[oi % colors.length]}" stroke-width="1.5" stroke-dasharray="${ei ? '5,3' : ''}" points="${pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}"/>`,
      );
    }
    out.push(`<text x="${x2 + panel + 4}" y="${pad + row++ * 13}" fill="${colors[oi % colors.length]}" font-size="9">${op}</text>`);
  }
  out.push(
    `<line x1="${x2}" y1="${ly(20, 0.1, 10000)}" x2="${x2 + panel}" y2="${ly(20, 0.1, 10000)}" stroke="#999" stroke-dasharray="2,2"/><text x="${x2 + 4}" y="${ly(20, 0.1, 10000) - 3}" fill="#666">20 ms target</text>`,
  );
  out.push(
    `<line x1="${x1}" y1="${ly(500, 10, 10000)}" x2="${x1 + panel}" y2="${ly(500, 10, 10000)}" stroke="#999" stroke-dasharray="2,2"/><text x="${x1 + 4}" y="${ly(500, 10, 10000) - 3}" fill="#666">500/s target</text>`,
  );
  out.push('</svg>');
  return out.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeSummaries(fileURLToPath(new URL('./results', import.meta.url)));
