import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../numbers.js';
import { importGraph } from '../../exchange/importGraph.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description('read a dump written by `kg export` (Cypher file or CSV folder) into the configured engine')
    .argument('<path>', 'the dump file or CSV folder')
    .option('--batch-size <n>', 'rows per write transaction (CSV)', wholeNumber(1, 100_000), 500)
    .option('--replace', 'delete everything in the graph first')
    .action(async (path: string, opts: { batchSize: number; replace?: boolean }) => {
      const store = await ctx.openStore();
      try {
        const counts = await importGraph(store, { path, batchSize: opts.batchSize, replace: opts.replace ?? false });
        console.log(`imported ${counts.nodes} nodes and ${counts.relationships} relationships into ${store.engine.name} from ${path}`);
      } finally {
        await store.close();
      }
    });
}
