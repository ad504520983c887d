import type { EngineFailure } from '../errors.js';

/**
 * What a neo4j-driver error means, from its status code (Neo4j's codes
 * `Neo.<Classification>.<Category>.<Title>`, and the driver's own ServiceUnavailable
 * and SessionExpired): never from its message.
 */
export function neo4jFailure(error: unknown): EngineFailure {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) return 'unavailable';
  if (code.startsWith('Neo.ClientError.Security.')) return 'unauthorized';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || code.startsWith('Neo.TransientError.Transaction.DeadlockDetected')) return 'conflict';
  if (code.includes('MemoryPoolOutOfMemoryError') || code.includes('TransactionTimedOut')) return 'resource_limit';
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) return 'bad_query';
  return 'failed';
}
