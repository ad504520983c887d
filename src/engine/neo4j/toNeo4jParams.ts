import neo4j from 'neo4j-driver';

/**
 * JS numbers to driver values: the driver sends every JS number as a float, and
 * Neo4j refuses a float for LIMIT and stores `2020` as `2020.0`; whole numbers
 * go as Integer instead (the queries themselves stay engine-neutral, since Grafeo
 * does not take `LIMIT toInteger($n)`).
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  // A loop, not Object.fromEntries(entries.map(…)): an ingest batch is ~4,500 rows of nested maps,
  // and the two intermediate arrays per map made this 50–90 ms of every batch (bench/neo4jWritesProfile.ts).
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = toNeo4jParams((value as Record<string, unknown>)[k]);
  return out;
}
