import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { ingestFiles } from '../../ingest/ingestFiles.js';
import { countInputs } from '../../ingest/walkArticleFiles.js';
import { formatReport, ingestProgress } from '../progress.js';
import { wholeNumber } from '../numbers.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description('read articles (files, folders, JSON Lines corpora .jsonl / .jsonl.gz) into the graph; exit code 1 only when nothing could be stored')
    .argument('<paths...>', 'article files, folders, or JSON Lines files')
    .option('--batch-size <n>', 'articles per write transaction (1 to 10000)', wholeNumber(1, 10_000))
    .option('--workers <n>', 'threads extracting articles in parallel (default: one per core)', wholeNumber(1, 64))
    .option('--json', 'print the report as JSON')
    .option('--progress-every <seconds>', 'seconds between progress lines when stderr is not a terminal', wholeNumber(1, 3600), 10)
    .action(async (paths: string[], opts: { batchSize?: number; workers?: number; json?: boolean; progressEvery: number }) => {
      const batchSize = opts.batchSize ?? ctx.config.batchSize;
      const store = await ctx.openStore();
      const progress = ingestProgress({ total: await countInputs(paths), intervalMs: opts.progressEvery * 1000 });
      try {
        const report = await ingestFiles(store, paths, {
          batchSize,
          // Extraction is most of ingest's CPU: one thread per core, articles kept in order, writes in this thread.
          workers: opts.workers ?? availableParallelism(),
          onBytes: (n) => progress.bytes(n),
          onFile: () => progress.fileDone(),
          onProgress: (report, source) => {
            progress.update(report, source);
            ctx.logger.debug({ stored: report.stored, skipped: report.skipped.length }, 'batch stored');
          },
        });
        progress.stop();
        console.log(opts.json ? JSON.stringify(report) : formatReport(report));
        // Something stored is success even when some inputs were skipped (they are listed); nothing stored is a failure.
        if (report.stored === 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await store.close();
      }
    });
}
