import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { ingestFiles } from '../../ingest/ingestFiles.js';
import { formatReport, ingestProgress } from '../progress.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read articles (files and folders) into the graph')
    .argument('<paths...>', 'article files or folders')
    .option('--batch-size <n>', 'articles per write transaction', (v) => Number.parseInt(v, 10))
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], opts: { batchSize?: number; json?: boolean }) => {
      const store = await ctx.openStore();
      const progress = ingestProgress();
      try {
        const report = await ingestFiles(store, paths, {
          batchSize: opts.batchSize ?? ctx.config.batchSize,
          onProgress: (report, source) => {
            progress.update(report, source);
            ctx.logger.debug({ stored: report.stored, skipped: report.skipped.length }, 'batch stored');
          },
        });
        progress.stop();
        console.log(opts.json ? JSON.stringify(report) : formatReport(report));
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
