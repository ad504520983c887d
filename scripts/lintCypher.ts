// Lints every cypher/**/*.cypher file with Neo4j's own front end
// (@neo4j-cypher/language-support): syntax and semantic errors fail the run,
// warnings are printed. Also checks each header with the same parser the app uses.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { CYPHER_DIR, parseQueryFile } from '../src/engine/QueryCatalog.js';

function cypherFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return cypherFiles(path);
    return entry.endsWith('.cypher') ? [path] : [];
  });
}

let errors = 0;
let warnings = 0;
const files = cypherFiles(CYPHER_DIR);
for (const file of files) {
  const name = relative(process.cwd(), file);
  let query;
  try {
    query = parseQueryFile(file);
  } catch (e) {
    console.error(`${name}: ${(e as Error).message}`);
    errors++;
    continue;
  }
  // Another engine's own DDL (Grafeo's `USING TEXT`) is not Neo4j Cypher: its header was checked above.
  if (/^\/\/\s*@dialect\s+grafeo\b/m.test(query.text)) continue;
  // Declared parameters are given to the linter, so an undeclared one is an error.
  const parameters = Object.fromEntries(query.params.map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(query.text, { parameters });
  for (const d of diagnostics) {
    const line = (d.range?.start.line ?? 0) + 1;
    const where = `${name}:${line}`;
    if (d.severity === 1) {
      errors++;
      console.error(`error   ${where}: ${d.message}`);
    } else {
      warnings++;
      console.warn(`warning ${where}: ${d.message}`);
    }
  }
}
console.log(`cypher lint: ${files.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors > 0 ? 1 : 0);
