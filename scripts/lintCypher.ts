// Lints every query file of cypher/ with Neo4j's own front end
// (@neo4j-cypher/language-support): syntax and semantic errors fail the run,
// warnings are printed. The same parser checks what the headers promise: the
// columns of @returns are the RETURN's, and no compound filter is copied between files.
import { relative } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { CYPHER_DIR, QueryCatalog, parseQueryFile, queryFiles, type QueryFileEntry } from '../src/engine/QueryCatalog.js';
import { checkCopiedFilters, checkReturnColumns } from './cypherChecks.js';

let errors = 0;
let warnings = 0;
const fail = (message: string): void => {
  errors++;
  console.error(message);
};

let entries: QueryFileEntry[] = [];
try {
  entries = queryFiles(CYPHER_DIR);
  // The catalog's own checks: the tree, each header, engine versions against the shared file.
  new QueryCatalog('grafeo');
} catch (e) {
  fail(`error   ${(e as Error).message}`);
}

const queries = [];
for (const entry of entries) {
  const name = relative(process.cwd(), entry.file);
  let query;
  try {
    query = parseQueryFile(entry.file);
  } catch (e) {
    fail(`error   ${(e as Error).message}`);
    continue;
  }
  queries.push({ entry, query });
  // Another engine's own DDL (Grafeo's `USING TEXT`) is not Neo4j Cypher: its header was checked above.
  if (/^\/\/\s*@dialect\s+grafeo\b/m.test(query.text)) continue;
  // Declared parameters are given to the linter, so an undeclared one is an error.
  const parameters = Object.fromEntries(query.params.map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(query.text, { parameters });
  for (const d of diagnostics) {
    const where = `${name}:${(d.range?.start.line ?? 0) + 1}`;
    if (d.severity === 1) fail(`error   ${where}: ${d.message}`);
    else {
      warnings++;
      console.warn(`warning ${where}: ${d.message}`);
    }
  }
}
for (const problem of [...checkReturnColumns(queries), ...checkCopiedFilters(queries)]) fail(`error   ${problem}`);

console.log(`cypher lint: ${entries.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
