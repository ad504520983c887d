#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { createCliContext } from './context.js';
import { describeError } from './describeError.js';
import * as ingest from './commands/ingest.js';
import * as extract from './commands/extract.js';
import * as stats from './commands/stats.js';
import * as serve from './commands/serve.js';
import * as migrate from './commands/migrate.js';
import * as exportDump from './commands/export.js';
import * as importDump from './commands/import.js';
import * as neo4jServer from './commands/neo4j.js';
import * as query from './commands/query.js';

// The version of package.json, two levels up from both src/cli/ and dist/cli/.
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

// commander: subcommands, help and argument errors without hand-written parsing.
const program = new Command('kg').description('directive-graph: Vietnamese meeting reports as a knowledge graph').version(version);
const ctx = createCliContext();
for (const command of [ingest, extract, stats, serve, migrate, exportDump, importDump, neo4jServer, query]) command.register(program, ctx);

program.parseAsync(process.argv).catch((error: unknown) => {
  // One line saying what went wrong; the stack only when asked for (LOG_LEVEL=debug).
  console.error(`kg: ${describeError(error)}`);
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(error);
  process.exit(1);
});
