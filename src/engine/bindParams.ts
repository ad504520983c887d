import type { NamedQuery } from './QueryCatalog.js';
import type { Params } from './CypherEngine.js';

/** Checks the call against the query's header: every declared parameter is given (null is a value), nothing else is. */
export function bindParams(q: NamedQuery, params: Params): Params {
  const missing = q.params.filter((p) => !(p in params) || params[p] === undefined);
  if (missing.length > 0) throw new Error(`Query '${q.name}' needs parameter(s): ${missing.join(', ')}`);
  const unknown = Object.keys(params).filter((p) => !q.params.includes(p));
  if (unknown.length > 0) throw new Error(`Query '${q.name}' does not declare parameter(s): ${unknown.join(', ')}`);
  return params;
}
