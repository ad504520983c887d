import type { Command } from 'commander';
import { extractArticle } from '../../extract/extractArticle.js';
import { toContract } from '../../core/toContract.js';
import { readArticles } from '../../ingest/ingestFiles.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('print what is read from each article (docs/extraction-contract.md)')
    .argument('<paths...>', 'article files or folders')
    .option('--json', 'JSON Lines: one contract object per file (the default)')
    .option('--pretty', 'indented JSON, one object after another')
    .action(async (paths: string[], opts: { json?: boolean; pretty?: boolean }) => {
      let failed = 0;
      for await (const article of readArticles(paths)) {
        if ('reason' in article) {
          failed++;
          console.error(`skipped ${article.source}: ${article.reason}`);
          continue;
        }
        const contract = toContract(extractArticle(article.source, article.text));
        console.log(opts.pretty ? JSON.stringify(contract, null, 2) : JSON.stringify(contract));
      }
      if (failed > 0) process.exitCode = 1;
    });
}
