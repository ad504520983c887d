import neo4j from 'neo4j-driver';

/**
 * JS numbers to driver values: the driver sends every JS number as a float, and
 * Neo4j refuses a float for LIMIT and stores `2020` as `2020.0`; whole numbers
 * go as Integer instead (the queries themselves stay engine-neutral, since Grafeo
 * does not take `LIMIT toInteger($n)`).
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4jParams(v)]));
  }
  return value;
}
