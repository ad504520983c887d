import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Latency {
  p50: number;
  p99: number;
  n: number;
}

/** p50 and p99 of a list of milliseconds (nearest rank). */
export function percentile(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
  return { p50: at(50), p99: at(99), n: s.length };
}

export interface EngineRun {
  engine: 'grafeo' | 'neo4j';
  corpus: string;
  date: string;
  cores: number;
  workers: number;
  batchSize: number;
  ingest: {
    stored: number;
    skipped: number;
    seconds: number;
    articlesPerSecond: number;
    msPerArticleFirstBatches: number;
    msPerArticleLastBatches: number;
    batches: number;
  };
  sample: {
    articles: number;
    extractArticlesPerSecondOneCore: number;
    extractMBPerSecondOneCore: number;
    writePathArticlesPerSecond: number;
    rawCreateArticlesPerSecond: number;
  };
  ratioToRawWrite: number;
  peakRssMb: number;
  neo4jRssMb: number | null;
  memory: Array<{ stored: number; rssMb: number; heapMb: number; neo4jRssMb: number | null }>;
  graphql: {
    inProcess: Record<string, Latency & { roundTrips: unknown; errors: number }>;
    http: Record<string, Latency & { requestsPerSecond: number; errors: number }>;
  };
  stats: unknown;
}

/** Merges one engine's run into ingest-<corpus>.json and graphql-<corpus>.json (the other engine's kept: side by side). */
export function writeResults(dir: string, run: EngineRun): string[] {
  mkdirSync(dir, { recursive: true });
  const { graphql, ...ingest } = run;
  const files: string[] = [];
  for (const [kind, value] of [
    ['ingest', ingest],
    ['graphql', { engine: run.engine, corpus: run.corpus, date: run.date, ...graphql }],
  ] as const) {
    const file = join(dir, `${kind}-${run.corpus}.json`);
    const prev = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { engines?: Record<string, unknown> }) : {};
    const engines = { ...(prev.engines ?? {}), [run.engine]: value };
    writeFileSync(file, JSON.stringify({ corpus: run.corpus, engines }, null, 2) + '\n');
    files.push(file);
  }
  return files;
}
