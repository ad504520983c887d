#!/usr/bin/env node
import { Command } from 'commander';
import { createCliContext } from './context.js';
import * as ingest from './commands/ingest.js';
import * as extract from './commands/extract.js';
import * as stats from './commands/stats.js';
import * as serve from './commands/serve.js';
import * as migrate from './commands/migrate.js';
import * as exportDump from './commands/export.js';
import * as importDump from './commands/import.js';

// commander: subcommands, help and argument errors without hand-written parsing.
const program = new Command('kg').description('directive-graph: Vietnamese meeting reports as a knowledge graph');
const ctx = createCliContext();
for (const command of [ingest, extract, stats, serve, migrate, exportDump, importDump]) command.register(program, ctx);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`kg: ${(error as Error).message}`);
  process.exit(1);
});
