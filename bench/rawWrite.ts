import type { CypherEngine, Statement } from '../src/engine/CypherEngine.js';
import { concatBatches, type GraphBatch } from '../src/graph/GraphBatch.js';

const NODES = ['documents', 'meetings', 'directives', 'organizations', 'people', 'places'] as const;
const RELS = ['reports', 'cites', 'organized', 'participated', 'holds', 'issuedBy', 'heldIn', 'implements'] as const;

/**
 * The engine's raw write speed for given rows: each node CREATEd once (a node met again
 * is not sent again), each relationship CREATEd between nodes found by id, no MERGE;
 * one transaction per batch of articles, as ingest does. Returns the seconds taken.
 */
export async function rawWrite(engine: CypherEngine, articles: readonly GraphBatch[], batchSize: number): Promise<number> {
  const written = new Set<string>();
  const started = performance.now();
  for (let i = 0; i < articles.length; i += batchSize) {
    const batch = concatBatches(articles.slice(i, i + batchSize));
    const statements: Statement[] = [];
    for (const k of NODES) {
      const rows = (batch[k] as Array<{ id: string }>).filter((r) => !written.has(r.id) && written.add(r.id));
      if (rows.length > 0) statements.push({ query: `bench_raw_${k}`, params: { rows } });
    }
    for (const k of RELS) if (batch[k].length > 0) statements.push({ query: `bench_raw_${k}`, params: { rows: batch[k] } });
    await engine.write(statements);
  }
  return (performance.now() - started) / 1000;
}
