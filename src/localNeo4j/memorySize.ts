import { LocalNeo4jError } from './javaTools.js';

/** A memory size as the JVM (-Xmx) and neo4j.conf take it: a whole number and a unit k, m or g (`512m`, `2g`). */
const SIZE = /^([1-9]\d*)([kmg])$/i;

const UNIT_BYTES = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;

/**
 * Checks a size given on the command line and returns it as Neo4j and Java write it (lower-case unit);
 * `what` names the flag in the error.
 */
export function memorySize(value: string, what: string): string {
  const m = SIZE.exec(value.trim());
  if (!m?.[1] || !m[2]) throw new LocalNeo4jError(`${what} '${value}' is not a size: give a whole number and k, m or g (e.g. 512m, 2g)`);
  const unit = m[2].toLowerCase() as keyof typeof UNIT_BYTES;
  // Below 8 MB neither the heap nor the page cache lets the server start.
  if (Number(m[1]) * UNIT_BYTES[unit] < 8 * UNIT_BYTES.m) throw new LocalNeo4jError(`${what} '${value}' is too small: at least 8m`);
  return `${m[1]}${unit}`;
}
