import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError, type MaskError } from 'graphql-yoga';
import { EngineError } from '../engine/errors.js';

/**
 * The stable `extensions.code` values a client may branch on. Anything else that
 * goes wrong is masked as "Unexpected error." outside development.
 */
export type ErrorCode = 'NOT_FOUND' | 'BAD_INPUT' | 'LIMIT_EXCEEDED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'UNAVAILABLE';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const notFound = (what: string, id: string) => apiError('NOT_FOUND', `No ${what} with id or key '${id}'.`, { id });
export const badInput = (message: string, extra: Record<string, unknown> = {}) => apiError('BAD_INPUT', message, extra);
export const limitExceeded = (message: string, extra: Record<string, unknown> = {}) => apiError('LIMIT_EXCEEDED', message, extra);

/**
 * yoga's masking, except that an engine that cannot be reached is said so with a
 * stable code (a client may retry), in this project's words, never the driver's.
 */
export const maskError: MaskError = (error, message, isDev) => {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof EngineError && original.failure === 'unavailable') {
    return createGraphQLError('The database is unavailable; try again later.', { extensions: { code: 'UNAVAILABLE' } });
  }
  return yogaMaskError(error, message, isDev);
};
