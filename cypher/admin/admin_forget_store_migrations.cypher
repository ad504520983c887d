// Forgets which backfills this store has run (src/store/backfills.ts), so the next start runs them all:
// the state of a store written by a version before they were recorded.
// @returns count
MATCH (m:StoreMigration)
DELETE m
RETURN count(*) AS count
