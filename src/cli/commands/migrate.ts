import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description("apply the engine's schema (constraints, indexes); idempotent")
    .action(async () => {
      const store = await ctx.openStore(); // openStore applies the schema
      console.log(`schema applied on ${store.engine.name}`);
      await store.close();
    });
}
