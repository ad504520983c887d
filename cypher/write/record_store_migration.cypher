// Records that a backfill has run on this store (src/store/backfills.ts), so later starts skip it.
// @param $name  the backfill's name
// @param $at  when it ran (ISO text)
// @returns count
MERGE (m:StoreMigration {name: $name})
SET m.at = $at
RETURN count(m) AS count
