import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import type { Config } from '../../config.js';
import { useHideSuggestions } from './useHideSuggestions.js';
import { useIntrospection } from './useIntrospection.js';
import { useJsonPostsOnly } from './useJsonPostsOnly.js';
import { useListCaps } from './useListCaps.js';

/**
 * Largest request body read (HTTP 413 above, counted as the body streams in, so
 * a larger one is never held): one article may be 2 MiB, JSON-escaped in an
 * ingestDocument request; nothing else comes near.
 */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

type Cors = YogaServerOptions<Record<string, unknown>, Record<string, unknown>>['cors'];

/**
 * CORS: off by default (no Access-Control-* headers, so browsers keep other
 * sites' pages out); with KG_CORS_ORIGINS, those exact origins only, without
 * credentials (the API token travels in a header, never in a cookie).
 */
export function corsPolicy(origins: readonly string[]): Cors {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false; // no CORS headers for anyone else
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['content-type', 'authorization'], maxAge: 600 };
  };
}

/** The server's security settings and plugins (README: Security), in one place for createApp. */
export function securityOptions(config: Config): { maxRequestBodySize: number; multipart: false; cors: Cors; plugins: Plugin[] } {
  return {
    maxRequestBodySize: MAX_REQUEST_BODY_BYTES,
    multipart: false,
    cors: corsPolicy(config.corsOrigins),
    plugins: [
      useJsonPostsOnly(),
      useIntrospection(config.introspection, config.apiToken),
      useListCaps(),
      // Hints name parts of the schema; hide them whenever unexpected errors are masked.
      useHideSuggestions(!config.development),
    ],
  };
}
