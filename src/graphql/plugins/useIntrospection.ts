import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { bearerMatches } from '../auth.js';

/**
 * Schema introspection (`__schema`, `__type`; `__typename` always works) only
 * when allowed by configuration (KG_INTROSPECTION; on in development), or for
 * a request carrying the API token, so an operator can still load the schema
 * into GraphiQL on a production server (Headers: Authorization: Bearer …, then
 * re-fetch the schema). The rule joins validation, whose cache is keyed by the
 * rules in force, so an authorised request's result is never reused for others.
 */
export function useIntrospection(allowed: boolean, apiToken: string | null): Plugin {
  if (allowed) return {};
  return {
    onValidate({ addValidationRule, context }) {
      // Yoga's initial context always holds the HTTP request (typed by Plugin).
      if (bearerMatches(context.request.headers.get('authorization'), apiToken)) return;
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
