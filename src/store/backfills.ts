import type { CypherEngine } from '../engine/CypherEngine.js';
import { CITATION_BUCKETS, CITATION_PERIODS } from '../graph/citationBuckets.js';
import { MEETING_DAYS } from '../graph/model.js';
import { NAME_BUCKETS } from '../graph/nameBuckets.js';
import { DIRECTIVE_SLOTS, MEETING_SLOTS } from '../graph/orderedSlots.js';
import { moveEvidenceCopies } from './evidenceCopies.js';

// Facts kept at write time (counts, buckets, evidence bounds) that a store written by an older version
// lacks. Each backfill reads every node of its kind, which at 100k articles took 4–8 s of each CLI start
// (Grafeo, loaded machine) though it found nothing; so each runs once per store, and is then recorded
// in a StoreMigration node (STORE_MIGRATIONS in the graph model), as schema-migration tools record theirs.
// `kg migrate` runs them all again: for a store an older version wrote to after it was migrated.

export interface Backfill {
  /** Recorded in the store once the backfill has run; never renamed (a new name runs again). */
  readonly name: string;
  run(engine: CypherEngine): Promise<unknown>;
}

/** A backfill that is one write query, named after it. */
const byQuery = (query: string): Backfill => ({ name: query, run: (e) => e.write([{ query, params: {} }]) });

export const BACKFILLS: readonly Backfill[] = [
  byQuery('backfill_directive_citations'),
  // Evidence sentences copied onto relationships become bounds in the document's text.
  { name: 'move_evidence_copies', run: (e) => moveEvidenceCopies(e) },
  // Day buckets merged on `day` before they were merged on `dayKey` (keep_meeting_days says why) get it, before the backfill merges on it.
  byQuery(MEETING_DAYS.key),
  byQuery(MEETING_DAYS.backfill),
  ...Object.values(NAME_BUCKETS).map((b) => byQuery(b.backfill)),
  // After the buckets, which they index.
  ...Object.values(NAME_BUCKETS).map((b) => byQuery(b.grams.backfill)),
  // After the directives' citation counts, which they count; buckets merged on `citations` before they were merged on
  // `citationBucketKey` (keep_citation_buckets says why) get it first.
  byQuery(CITATION_BUCKETS.key),
  byQuery(CITATION_BUCKETS.backfill),
  byQuery(CITATION_PERIODS.backfill),
  byQuery(DIRECTIVE_SLOTS.backfill),
  byQuery(MEETING_SLOTS.backfill),
];

/** Runs the backfills this store has not recorded (all of them when `all`), recording each once it has run; returns the names run. */
export async function runBackfills(engine: CypherEngine, { all = false }: { all?: boolean } = {}): Promise<string[]> {
  const recorded = new Set(all ? [] : (await engine.read('store_migrations')).map((r) => String(r.name)));
  const run: string[] = [];
  for (const backfill of BACKFILLS) {
    if (recorded.has(backfill.name)) continue;
    await backfill.run(engine);
    // After the backfill, in a transaction of its own: a backfill stopped half way is run again at the next start.
    await engine.write([{ query: 'record_store_migration', params: { name: backfill.name, at: new Date().toISOString() } }]);
    run.push(backfill.name);
  }
  return run;
}
