import type { CypherEngine } from '../engine/CypherEngine.js';
import { CITATION_BUCKETS, CITATION_PERIODS } from '../graph/citationBuckets.js';
import { NAME_BUCKETS } from '../graph/nameBuckets.js';

// The buckets' side of migrate (src/graph/nameBuckets.ts, src/graph/citationBuckets.ts): their indexes, then
// buckets for the people, organizations and cited directives of a store written before they were kept (none on a
// current store). Runs after the directives' citation counts are backfilled.

export async function migrateBuckets(engine: CypherEngine): Promise<void> {
  await engine.applySchema('bucket_indexes');
  for (const b of Object.values(NAME_BUCKETS)) await engine.write([{ query: b.backfill, params: {} }]);
  await engine.write([{ query: CITATION_BUCKETS.backfill, params: {} }]);
  await engine.write([{ query: CITATION_PERIODS.backfill, params: {} }]);
}
