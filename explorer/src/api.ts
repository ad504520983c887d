import { t } from './i18n.js';

const ENDPOINT = '/graphql';

/** One operation with its variables; resolves to `data`, rejects with the API's own messages. */
export async function graphql<T = any>(query: string, variables: Record<string, unknown>): Promise<T> {
  let res: Response;
  try {
    res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new Error(`${ENDPOINT}: ${(e as Error).message}`);
  }
  let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = await res.json();
  } catch {
    throw new Error(`${ENDPOINT} HTTP ${res.status} ${res.statusText} (not JSON).`);
  }
  if (body.errors?.length) {
    throw new Error(body.errors.map((e) => (e.extensions?.code ? `[${e.extensions.code}] ` : '') + e.message).join('\n'));
  }
  if (!res.ok || !body.data) throw new Error(`${t().apiError}${ENDPOINT} HTTP ${res.status} ${res.statusText}.`);
  return body.data;
}
