import { Kind, visit, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitExceeded } from '../errors.js';

/** No list argument of this API needs more (search(types:) has six values); a million entries ran for a minute. */
export const MAX_LIST_ITEMS = 100;

/** The longest list in a JSON value (variables), looking inside objects and lists. */
export function longestList(value: unknown, depth = 0): number {
  if (depth > 20 || value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) {
    let longest = value.length;
    for (const v of value) if (v !== null && typeof v === 'object') longest = Math.max(longest, longestList(v, depth + 1));
    return longest;
  }
  let longest = 0;
  for (const v of Object.values(value)) longest = Math.max(longest, longestList(v, depth + 1));
  return longest;
}

function longestLiteralList(document: DocumentNode): number {
  let longest = 0;
  visit(document, {
    [Kind.LIST]: (node) => {
      longest = Math.max(longest, node.values.length);
    },
  });
  return longest;
}

/** Every list given to an operation, as a literal or in a variable, is at most MAX_LIST_ITEMS long (LIMIT_EXCEEDED otherwise). */
export function useListCaps(max = MAX_LIST_ITEMS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const longest = Math.max(longestList(args.variableValues ?? {}), longestLiteralList(args.document));
      if (longest > max) {
        setResultAndStopExecution({ errors: [limitExceeded(`A list argument holds ${longest} items; at most ${max} are allowed.`, { maxItems: max })] });
      }
    },
  };
}
