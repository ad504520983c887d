import neo4j from 'neo4j-driver';

/**
 * Driver values to plain JS: Integer to number (the ids and counts here stay far
 * below 2^53), temporal values to ISO strings, nodes and relationships to their
 * properties.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return (value as { toString(): string }).toString();
  }
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('properties' in v && ('labels' in v || 'type' in v)) return fromNeo4j(v.properties);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = fromNeo4j(x);
    return out;
  }
  return value;
}
