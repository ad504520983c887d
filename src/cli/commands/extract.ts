import type { Command } from 'commander';
import { extractArticle } from '../../extract/extractArticle.js';
import { toContract } from '../../core/toContract.js';
import { readArticles } from '../../ingest/ingestFiles.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('print what is read from each article (docs/extraction-contract.md); exit code 1 only when no article could be read')
    .argument('<paths...>', 'article files, folders, or JSON Lines files')
    .option('--json', 'JSON Lines: one contract object per file (the default)')
    .option('--pretty', 'indented JSON, one object after another')
    .action(async (paths: string[], opts: { json?: boolean; pretty?: boolean }) => {
      let printed = 0;
      const ignored = new Map<string, number>();
      for await (const article of readArticles(paths)) {
        if ('ignoredType' in article) {
          ignored.set(article.ignoredType, (ignored.get(article.ignoredType) ?? 0) + 1);
          continue;
        }
        if ('reason' in article) {
          console.error(`skipped ${article.source}: ${article.reason}`);
          continue;
        }
        let contract;
        try {
          contract = toContract(extractArticle(article.source, article.text));
        } catch (error) {
          // One page that cannot be read (too deep, too long) costs only itself.
          console.error(`skipped ${article.source}: ${(error as Error).message}`);
          continue;
        }
        console.log(opts.pretty ? JSON.stringify(contract, null, 2) : JSON.stringify(contract));
        printed++;
      }
      if (ignored.size > 0) console.error(`not read (other file types): ${[...ignored].map(([type, n]) => `${n} ${type}`).join(', ')}`);
      if (printed === 0) process.exitCode = 1;
    });
}
