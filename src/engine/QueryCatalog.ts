import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName } from './CypherEngine.js';

/** Where the query files live: cypher/ at the repository root (the same from src/ and dist/). */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher', import.meta.url));

export interface NamedQuery {
  name: string;
  text: string;
  /** Parameters the header declares with `@param`. */
  params: string[];
  /** Columns the header declares with `@returns`. */
  returns: string[];
  /** True when the file holds several `;`-separated statements (schema DDL). */
  statements: boolean;
  file: string;
}

const PARAM_IN_BODY = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** Reads one query file and checks that its header declares every parameter its body uses. */
export function parseQueryFile(file: string): NamedQuery {
  const text = readFileSync(file, 'utf8');
  const header = text.split('\n').filter((l) => l.trimStart().startsWith('//'));
  const params: string[] = [];
  const returns: string[] = [];
  let statements = false;
  for (const line of header) {
    const param = /@param\s+\$?([A-Za-z_][A-Za-z0-9_]*)/.exec(line);
    if (param?.[1]) params.push(param[1]);
    const ret = /@returns\s+(.*)$/.exec(line);
    if (ret?.[1]) returns.push(...ret[1].split(',').map((c) => c.trim().split(/\s/)[0] ?? '').filter(Boolean));
    if (/@statements\b/.test(line)) statements = true;
  }
  const body = text.split('\n').filter((l) => !l.trimStart().startsWith('//')).join('\n');
  const used = new Set([...body.matchAll(PARAM_IN_BODY)].map((m) => m[1] ?? ''));
  const undeclared = [...used].filter((p) => !params.includes(p));
  if (undeclared.length > 0) {
    throw new Error(`${file}: parameters used but not declared with @param in the header: ${undeclared.join(', ')}`);
  }
  if (header.length === 0) throw new Error(`${file}: a query file starts with a header comment (what it does, @param, @returns)`);
  return { name: basename(file, '.cypher'), text, params, returns, statements, file };
}

/** Sub-folders of cypher/ whose queries are shared by every engine, named `<folder>/<file>`. */
const SHARED_FOLDERS = ['analyst'];

/**
 * All queries for one engine: cypher/*.cypher and cypher/analyst/*.cypher (named
 * `analyst/<name>`), with cypher/<engine>/*.cypher winning over a shared file of
 * the same name (most specific first). Fails loudly on a missing query.
 */
export class QueryCatalog {
  private readonly queries = new Map<string, NamedQuery>();

  constructor(engine: EngineName, dir: string = CYPHER_DIR) {
    const folders: Array<[string, string]> = [[dir, ''], ...SHARED_FOLDERS.map((f): [string, string] => [join(dir, f), `${f}/`]), [join(dir, engine), '']];
    for (const [folder, prefix] of folders) {
      if (!existsSync(folder)) continue;
      for (const entry of readdirSync(folder).sort()) {
        if (!entry.endsWith('.cypher')) continue;
        const q = parseQueryFile(join(folder, entry));
        this.queries.set(prefix + q.name, { ...q, name: prefix + q.name });
      }
    }
  }

  get(name: string): NamedQuery {
    const q = this.queries.get(name);
    if (!q) throw new Error(`No query named '${name}' in cypher/ (looked for ${name}.cypher)`);
    return q;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

/** Splits a multi-statement file (schema DDL) into statements, comments dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
