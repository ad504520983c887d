import type { CypherEngine } from '../engine/CypherEngine.js';
import { NAME_BUCKETS } from '../graph/nameBuckets.js';

// The name buckets' side of migrate (src/graph/nameBuckets.ts): their indexes, then buckets for the people
// and organizations of a store written before they were kept (none on a current store).

export async function migrateNameBuckets(engine: CypherEngine): Promise<void> {
  await engine.applySchema('name_index');
  for (const b of Object.values(NAME_BUCKETS)) await engine.write([{ query: b.backfill, params: {} }]);
}
