import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** The explorer's static files live in explorer/ at the repository root (the same path from src/ and dist/; tsc copies no assets). */
export const EXPLORER_DIR = new URL('../../explorer/', import.meta.url);

/** What GET /explorer/… answers: path → file and content type. Nothing else under /explorer is served. */
const FILES: Record<string, { file: string; type: string }> = {
  '/explorer': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/explorer/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/explorer/queries.js': { file: 'queries.js', type: 'text/javascript; charset=utf-8' },
  '/explorer/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

const HEADERS = {
  // The page loads only its own files and talks only to this server's /graphql.
  'content-security-policy': "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

/**
 * Serves the explorer (a static page reading only the GraphQL API) at GET /explorer.
 * Files are read from disk on each request, so editing them needs no restart.
 */
export function useExplorer(dir: URL = EXPLORER_DIR): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/explorer' && !url.pathname.startsWith('/explorer/')) return;
      const entry = FILES[url.pathname];
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (!entry) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      let body: string;
      try {
        body = await readFile(fileURLToPath(new URL(entry.file, dir)), 'utf8');
      } catch {
        const message = `Explorer file ${entry.file} not found in ${fileURLToPath(dir)}`;
        endResponse(new fetchAPI.Response(message, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      const headers = { 'content-type': entry.type, ...HEADERS };
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
