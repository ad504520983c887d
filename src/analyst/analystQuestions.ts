import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR, parseQueryFile } from '../engine/QueryCatalog.js';
import { parseCypherLiteral } from '../exchange/cypherLiteral.js';

// The ready questions of cypher/analyst/: what `kg query` runs, and what an analyst
// pastes into Neo4j Browser. Each file's header says what it asks, its parameters,
// and an example for each as a Browser `:param name => value` line.

export interface AnalystQuestion {
  /** The name `kg query` takes (the file name without .cypher). */
  name: string;
  /** The header's opening sentences. */
  description: string;
  params: string[];
  /** The header's `:param` examples, as values. */
  examples: Record<string, unknown>;
}

// `:param key => 'CT-5-TW'`, up to two spaces or an opening parenthesis (what follows is a remark).
const EXAMPLE = /:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*(.+?)(?:\s{2,}|\s*\(|$)/g;

export function analystQuestions(dir: string = join(CYPHER_DIR, 'analyst')): AnalystQuestion[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => {
      const q = parseQueryFile(join(dir, f));
      const header = q.text
        .split('\n')
        .filter((l) => l.trimStart().startsWith('//'))
        .map((l) => l.replace(/^\s*\/\/\s?/, ''));
      const description = header
        .filter((l) => !/^(Browser:|@|\s)/.test(l) && l.trim())
        .join(' ')
        .trim();
      const examples: Record<string, unknown> = {};
      for (const line of header.filter((l) => l.includes(':param'))) {
        // The first example of a line counts (`:param key => 'CT-5-TW'     or   :param key => null`).
        const m = [...line.matchAll(EXAMPLE)][0];
        if (m?.[1] && m[2] && !(m[1] in examples)) examples[m[1]] = parseCypherLiteral(m[2]);
      }
      return { name: q.name, description, params: q.params, examples };
    });
}

/**
 * One `--param key=value`: the value read as a Cypher literal where it is one
 * (20, 'CT-5-TW', null, true, [1, 2]), else taken as the string written
 * (`key=CT-5-TW`, `from=2021-01-01`).
 */
export function parseParam(flag: string): [string, unknown] {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw new Error(`--param takes key=value (got '${flag}')`);
  const key = flag.slice(0, eq).trim();
  const raw = flag.slice(eq + 1);
  try {
    return [key, parseCypherLiteral(raw.trim())];
  } catch {
    return [key, raw];
  }
}
