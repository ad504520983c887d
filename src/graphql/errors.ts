import { GraphQLError } from 'graphql';

/**
 * The stable `extensions.code` values a client may branch on. Anything else that
 * goes wrong is masked as "Unexpected error." outside development.
 */
export type ErrorCode = 'NOT_FOUND' | 'BAD_INPUT' | 'LIMIT_EXCEEDED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `No ${what} with id or key '${id}'.`, { id });
export const badInput = (message: string, extra: Record<string, unknown> = {}) => apiError('BAD_INPUT', message, extra);
export const limitExceeded = (message: string, extra: Record<string, unknown> = {}) => apiError('LIMIT_EXCEEDED', message, extra);
