import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('count nodes per label and relationships per type')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const store = await ctx.openStore();
      try {
        const stats = await store.stats();
        if (opts.json) {
          console.log(JSON.stringify(stats));
          return;
        }
        console.log('nodes');
        for (const [label, n] of Object.entries(stats.labels)) console.log(`  ${label.padEnd(14)} ${n}`);
        console.log('relationships');
        for (const [type, n] of Object.entries(stats.relationships)) console.log(`  ${type.padEnd(14)} ${n}`);
      } finally {
        await store.close();
      }
    });
}
