import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from './schema.js';

export interface Example {
  /** File name without .graphql: also the test's name for it. */
  name: string;
  query: string;
}

/** The operations users start from (schema/examples/*.graphql), in file-name order: GraphiQL tabs, README and tests use the same files. */
export function readExamples(dir: string = join(SCHEMA_DIR, 'examples')): Example[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(join(dir, f), 'utf8') }));
}
