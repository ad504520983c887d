import type { EngineFailure } from '../errors.js';

/**
 * What a Grafeo error means, from its code (`GRAFEO-<area><number>` at the start of
 * its message; Q: query, X: storage and transactions): the one place that reads it.
 */
export function grafeoFailure(error: unknown): EngineFailure {
  const code = /GRAFEO-([A-Z])(\d+)/.exec(String((error as Error | null)?.message ?? ''));
  if (!code) return 'failed';
  // Q006: a variable-length pattern over its memory budget.
  if (code[1] === 'Q' && code[2] === '006') return 'resource_limit';
  if (code[1] === 'Q') return 'bad_query';
  return 'failed';
}
