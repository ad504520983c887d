import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

/** The built explorer (scripts/buildExplorer.ts writes it): the same path from src/ and from dist/. */
export const WEB_DIR = new URL('../../../dist/web/explorer/', import.meta.url);

const TYPES = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  map: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;
/** The same, looked up by a file's extension. */
const TYPE_OF_EXTENSION: Readonly<Record<string, string>> = TYPES;
/** A built file's name: no folders, no dots but the extension's, so nothing outside the folder can be named. */
const BUILT_FILE = /^\/explorer\/([a-z0-9-]+\.(?:js|css|map|txt|js\.map|js\.LEGAL\.txt))$/;

const EXPLORER_HEADERS = {
  // The page loads only its own files and talks only to this server's /graphql.
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

/** GraphiQL's files, from the installed @graphql-yoga/render-graphiql (its own page inlines them; we serve them as files). */
const GRAPHIQL_FILES: Record<string, { key: 'js' | 'css' | 'editorWorkerService' | 'jsonWorker' | 'graphqlWorker'; type: string }> = {
  '/graphiql/graphiql.js': { key: 'js', type: TYPES.js },
  '/graphiql/graphiql.css': { key: 'css', type: TYPES.css },
  '/graphiql/editor.worker.js': { key: 'editorWorkerService', type: TYPES.js },
  '/graphiql/json.worker.js': { key: 'jsonWorker', type: TYPES.js },
  '/graphiql/graphql.worker.js': { key: 'graphqlWorker', type: TYPES.js },
};

const textResponse = (fetchAPI: { Response: typeof Response }, status: number, body: string, headers: Record<string, string> = {}) =>
  new fetchAPI.Response(body, { status, headers: { 'content-type': TYPES.txt, ...headers } });

/**
 * Serves what a browser opens: `/` → the explorer, `/explorer/…` (the built page,
 * dist/web/explorer/, read from disk on each request) and `/graphiql/…` (GraphiQL's
 * scripts and styles from the installed package: nothing comes from a CDN).
 */
export function useWebPages(dir: URL = WEB_DIR): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname;
      const ours = path === '/' || path === '/explorer' || path.startsWith('/explorer/') || path.startsWith('/graphiql/');
      if (!ours) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(textResponse(fetchAPI, 405, 'Method not allowed', { allow: 'GET, HEAD' }));
        return;
      }
      const send = (body: string, type: string, headers: Record<string, string>) =>
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { 'content-type': type, ...headers } }));

      if (path === '/') {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: '/explorer/' } }));
        return;
      }
      const graphiql = GRAPHIQL_FILES[path];
      if (graphiql) {
        const assets = await import('@graphql-yoga/render-graphiql/graphiql');
        send(assets[graphiql.key], graphiql.type, { 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=3600' });
        return;
      }
      if (path === '/graphiql/start.js') {
        await sendBuilt('graphiql-start.js');
        return;
      }
      const file = path === '/explorer' || path === '/explorer/' ? 'index.html' : BUILT_FILE.exec(path)?.[1];
      if (!file) {
        endResponse(textResponse(fetchAPI, 404, 'Not found'));
        return;
      }
      await sendBuilt(file);

      async function sendBuilt(name: string): Promise<void> {
        let body: string;
        try {
          body = await readFile(fileURLToPath(new URL(name, dir)), 'utf8');
        } catch {
          const built = name === 'index.html' || name === 'app.js' || name === 'graphiql-start.js';
          endResponse(
            textResponse(fetchAPI, 404, built ? `Explorer file ${name} not found in ${fileURLToPath(dir)}: run npm run build:explorer` : 'Not found'),
          );
          return;
        }
        const ext = name.endsWith('.map') ? 'map' : (name.split('.').pop() ?? 'txt');
        send(body, TYPE_OF_EXTENSION[ext] ?? TYPES.txt, EXPLORER_HEADERS);
      }
    },
  };
}
