/**
 * Grafeo hands back plain JS already, but for bigint (large integers: JSON and GraphQL
 * cannot take them) and nodes and relationships returned whole, which carry Grafeo's
 * internal `_id`, `_labels`, `_type`, `_source`, `_target`: those become their
 * properties alone, as the Neo4j adapter returns them.
 */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const graphElement = '_labels' in value || ('_type' in value && '_source' in value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (!(graphElement && k.startsWith('_'))) out[k] = toPlain(v);
    return out;
  }
  return value;
}
