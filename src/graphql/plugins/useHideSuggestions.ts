import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// graphql-js appends hints to many messages: unknown fields and arguments, but
// also enum values and variables ("… Did you mean the enum value "YEAR"?"),
// which graphql-armor's field-suggestion block does not see. Each names a part
// of the schema; with introspection off they would map it piece by piece.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

export function withoutSuggestions(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  SUGGESTION.lastIndex = 0;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** Removes "Did you mean …?" from every error of every response, whenever errors are masked. */
export function useHideSuggestions(enabled: boolean): Plugin {
  if (!enabled) return {};
  return {
    onResultProcess({ result, setResult }) {
      // Generic over the result's own type, so its serializer and http extensions come back as they went in.
      const strip = <R extends ExecutionResult>(r: R): R => {
        if (!r.errors?.length) return r;
        // Typed as GraphQLError, but a plugin may put a plain object there: only GraphQLErrors are rebuilt.
        return { ...r, errors: r.errors.map((e) => (e instanceof GraphQLError ? withoutSuggestions(e) : e)) };
      };
      if (Array.isArray(result)) setResult(result.map(strip));
      else if (!(Symbol.asyncIterator in result)) setResult(strip(result));
    },
  };
}
