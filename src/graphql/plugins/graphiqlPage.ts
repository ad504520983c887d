import type { GraphiQLOptions } from 'graphql-yoga';
import type { Example } from '../examples.js';

/**
 * GraphiQL's options: one tab per example operation (its title is the operation's
 * name), the first one open. With introspection off (plugins/useIntrospection.ts)
 * `schema: null` tells GraphiQL not to ask for the schema, instead of greeting
 * the user with the refusal; queries still run.
 */
export function graphiqlOptions(examples: readonly Example[], introspection = true): GraphiQLOptions & { schema?: null } {
  return {
    title: 'directive-graph · GraphiQL',
    defaultQuery: examples[0]?.query ?? '',
    defaultTabs: examples.map((e) => ({ query: e.query })),
    ...(introspection ? {} : { schema: null }),
  };
}

/** JSON inside a <script> element: `<` escaped so no text in it can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * Yoga's `renderGraphiQL`: a page loading GraphiQL from this server (/graphiql/…,
 * see useWebPages) instead of unpkg, so it works with no internet. The options
 * travel as JSON read by /graphiql/start.js (no inline script).
 */
export function renderLocalGraphiQL(opts?: GraphiQLOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts?.title ?? 'GraphiQL')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphiql/graphiql.css">
</head>
<body>
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root" style="height:100vh"></div>
<script type="application/json" id="graphiql-options">${scriptJson(opts ?? {})}</script>
<script src="/graphiql/graphiql.js"></script>
<script src="/graphiql/start.js"></script>
</body>
</html>
`;
}
