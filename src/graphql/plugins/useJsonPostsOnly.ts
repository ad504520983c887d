import type { Plugin } from 'graphql-yoga';

/** POST bodies the API reads: JSON only (what GraphiQL, the explorer page and every client library send). */
const JSON_TYPES = ['application/json', 'application/graphql+json'];

function isJson(contentType: string | null): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return JSON_TYPES.includes(mediaType);
}

/**
 * Refuses POST requests that are not `application/json` (HTTP 415). A browser
 * sends a form post or a text/plain body cross-site without asking (no CORS
 * preflight), so accepting them would let any page run the ingestDocument
 * mutation with a visitor's credentials; a JSON body always needs a preflight.
 * GET stays for queries (yoga refuses mutations over GET with 405).
 */
export function useJsonPostsOnly(): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST' || isJson(request.headers.get('content-type'))) return;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message: 'POST requests must be application/json.', extensions: { code: 'BAD_INPUT' } }] }), {
          status: 415,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
