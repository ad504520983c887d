import { ingestTexts } from '../../ingest/ingestTexts.js';
import { MAX_ARTICLE_BYTES } from '../../ingest/decodeArticle.js';
import { extractOffThread } from '../../ingest/extractPool.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { apiError, badInput } from '../errors.js';

export const Mutation: MutationResolvers = {
  ingestDocument: async (_, args, ctx) => {
    if (!ctx.config.apiToken) throw apiError('FORBIDDEN', 'Ingestion is off on this server: start it with KG_API_TOKEN set.');
    if (!ctx.authorized) throw apiError('UNAUTHENTICATED', 'ingestDocument needs the header Authorization: Bearer <KG_API_TOKEN>.');
    const source = args.source.trim();
    if (!source || source.length > 255) throw badInput('source must be 1 to 255 characters (a file name or URL).', { argument: 'source' });
    if (!args.text.trim()) throw badInput('text is empty.', { argument: 'text' });
    if (Buffer.byteLength(args.text, 'utf8') > MAX_ARTICLE_BYTES) {
      throw apiError('LIMIT_EXCEEDED', `text is larger than one article may be (${MAX_ARTICLE_BYTES} bytes).`, { argument: 'text' });
    }
    // Extraction in a worker thread: a large or hostile page never blocks the queries being answered.
    const report = await ingestTexts(ctx.store, [{ source, text: args.text }], { extract: extractOffThread });
    // What this request read before the write (a document by id, a meeting list) is stale now.
    ctx.loaders.clearAll();
    const [documents] = await ctx.store.documentsBySource([source]);
    return { ...report, documents: documents ?? [] };
  },
};
