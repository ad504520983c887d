// The backfills this store has run (src/store/backfills.ts), one StoreMigration node each.
// @returns name
MATCH (m:StoreMigration)
RETURN m.name AS name
