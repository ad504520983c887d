import { createServer } from 'node:http';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import type { GraphStore } from '../../store/GraphStore.js';
import { ingestFiles } from '../../ingest/ingestFiles.js';
import { formatReport } from '../progress.js';
import { PortInUse } from '../describeError.js';

/** Serves GraphQL (with GraphiQL) until SIGINT/SIGTERM, then closes the store cleanly. */
export async function serve(ctx: CliContext, store: GraphStore): Promise<void> {
  // Loaded on demand: commands that do not serve (extract, ingest) start faster without the GraphQL stack.
  const { createApp } = await import('../../graphql/createApp.js');
  const app = createApp({ store, config: ctx.config });
  const server = createServer(app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(ctx.config.port, ctx.config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUse(ctx.config.host, ctx.config.port);
    throw error;
  }
  ctx.logger.debug({ engine: store.engine.name, port: ctx.config.port }, 'serving GraphQL');
  console.error(`GraphQL with GraphiQL at http://localhost:${ctx.config.port}/graphql (engine: ${store.engine.name})`);
  const stop = () => {
    server.close();
    void store.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

export function register(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('serve the GraphQL API (GraphiQL at /graphql)')
    .action(async () => serve(ctx, await ctx.openStore()));

  program
    .command('start')
    .description('load the seed articles (idempotent) and serve: what `npm start` runs')
    .action(async () => {
      const store = await ctx.openStore();
      const report = await ingestFiles(store, [ctx.config.seedsDir], { batchSize: ctx.config.batchSize });
      console.error(formatReport(report));
      await serve(ctx, store);
    });
}
