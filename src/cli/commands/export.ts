import { Option, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../numbers.js';
import { exportGraph, type DumpFormat } from '../../exchange/exportGraph.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('dump the whole graph for Neo4j: a Cypher file (cypher-shell < OUT) or a folder of neo4j-admin CSV files')
    .argument('<out>', 'the file (cypher) or folder (csv) to write')
    .addOption(new Option('--format <format>', 'dump format').choices(['cypher', 'csv']).default('cypher'))
    .option('--page-size <n>', 'nodes read and written per page', wholeNumber(1, 100_000), 500)
    .action(async (out: string, opts: { format: DumpFormat; pageSize: number }) => {
      const store = await ctx.openStore();
      try {
        const counts = await exportGraph(store, { format: opts.format, out, pageSize: opts.pageSize });
        console.log(`exported ${counts.nodes} nodes and ${counts.relationships} relationships from ${store.engine.name} to ${out} (${opts.format})`);
      } finally {
        await store.close();
      }
    });
}
