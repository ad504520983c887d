import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

// One query file of cypher/: its header (what it does, @param, @returns) read and
// checked against its body. The header is the contract the callers rely on.

export interface NamedQuery {
  name: string;
  text: string;
  /** What the header says the query does: its lines before the first @ tag. */
  description: string;
  /** Parameters the header declares with `@param`. */
  params: string[];
  /** Columns the header declares with `@returns`. */
  returns: string[];
  /** The header up to its last `@param`/`@returns` line: what an engine's version must repeat word for word. */
  contract: string[];
  /** True when the file holds several `;`-separated statements (schema DDL). */
  statements: boolean;
  file: string;
}

const PARAM_IN_BODY = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const COMMENT = /^\s*\/\//;
// A description says what the query does in words: it starts with a word (or a quoted
// name), not with the punctuation a lost sentence leaves behind (", for many …").
const DESCRIPTION_START = /^[\p{L}`(]/u;

const headerLines = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => COMMENT.test(l))
    .map((l) => l.replace(COMMENT, '').trim());

/** Reads one query file and checks its header: a description, and every parameter its body uses declared. */
export function parseQueryFile(file: string): NamedQuery {
  const text = readFileSync(file, 'utf8');
  const header = headerLines(text);
  if (header.length === 0) throw new Error(`${file}: a query file starts with a header comment (what it does, @param, @returns)`);
  const params: string[] = [];
  const returns: string[] = [];
  let statements = false;
  let lastTag = -1;
  header.forEach((line, i) => {
    const param = /^@param\s+\$?([A-Za-z_][A-Za-z0-9_]*)/.exec(line);
    if (param?.[1]) params.push(param[1]);
    const ret = /^@returns\s+(.*)$/.exec(line);
    // `@returns nothing`: a write or DDL that answers no rows.
    if (ret?.[1] && ret[1].trim() !== 'nothing') returns.push(...returnColumns(ret[1]));
    if (/^@statements\b/.test(line)) statements = true;
    if (param || ret) lastTag = i;
  });
  const firstTag = header.findIndex((l) => l.startsWith('@'));
  const description = header
    .slice(0, firstTag === -1 ? header.length : firstTag)
    .join(' ')
    .trim();
  if (!DESCRIPTION_START.test(description) || description.split(/\s+/).length < 3) {
    throw new Error(`${file}: the header's first lines say what the query does (got ${JSON.stringify(description.slice(0, 40))})`);
  }
  const body = text
    .split('\n')
    .filter((l) => !COMMENT.test(l))
    .join('\n');
  const used = new Set([...body.matchAll(PARAM_IN_BODY)].map((m) => m[1] ?? ''));
  const undeclared = [...used].filter((p) => !params.includes(p));
  if (undeclared.length > 0) {
    throw new Error(`${file}: parameters used but not declared with @param in the header: ${undeclared.join(', ')}`);
  }
  const contract = header.slice(0, lastTag + 1);
  return { name: basename(file, '.cypher'), text, description, params, returns, contract, statements, file };
}

/** `node (map), key (sort key)` → ['node', 'key']: each column's name, its remark in parentheses dropped. */
function returnColumns(spec: string): string[] {
  const columns: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of spec) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      columns.push(current);
      current = '';
    } else if (depth === 0) current += ch;
  }
  columns.push(current);
  return columns.map((c) => c.trim().split(/\s/)[0] ?? '').filter(Boolean);
}

/** Splits a multi-statement file (schema DDL) into statements, comments dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !COMMENT.test(l))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
