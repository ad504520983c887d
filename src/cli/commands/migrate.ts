import type { Command } from 'commander';
import type { CliContext } from '../context.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description("apply the engine's schema (constraints, indexes) and run every backfill of derived facts again; idempotent")
    .action(async () => {
      // Other commands run only the backfills the store has not recorded; this one runs them all, for a store an older version wrote to.
      const store = await ctx.openStore({ backfills: 'all' });
      console.log(`schema applied and backfills run on ${store.engine.name}`);
      await store.close();
    });
}
