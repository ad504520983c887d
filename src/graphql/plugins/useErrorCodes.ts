import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-armor refuses an operation with a plain error ("Syntax Error: Query
// depth limit of 12 exceeded…"); give those the stable LIMIT_EXCEEDED code, and
// other refused documents (unknown field, bad argument) BAD_INPUT, so clients
// branch on extensions.code alone.
const ARMOR = /^Syntax Error: ((?:Query depth|Query Cost|Aliases|Directives|Token) limit .*)$/;

export function withCode(error: GraphQLError): GraphQLError {
  if (error.extensions?.code && error.extensions.code !== 'GRAPHQL_VALIDATION_FAILED' && error.extensions.code !== 'GRAPHQL_PARSE_FAILED') return error;
  const armor = ARMOR.exec(error.message);
  const code = armor ? 'LIMIT_EXCEEDED' : 'BAD_INPUT';
  return new GraphQLError(armor?.[1] ?? error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...error.extensions, code },
  });
}

/** Rewrites parse and validation errors (execution errors already carry their code). */
export function useErrorCodes(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length || result.data) return;
      setResult({ ...result, errors: result.errors.map((e) => (e instanceof GraphQLError ? withCode(e) : e)) });
    },
  };
}
