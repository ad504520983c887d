import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EngineName } from './CypherEngine.js';
import { parseQueryFile, type NamedQuery } from './queryFile.js';

export { parseQueryFile, splitStatements, type NamedQuery } from './queryFile.js';

/** Where the query files live: cypher/ at the repository root (the same from src/ and dist/). */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher', import.meta.url));

/** The folders of cypher/, by role (cypher/README.md says what each holds). An engine folder has the same ones. */
export const QUERY_FOLDERS = ['write', 'read', 'api', 'analytics', 'export', 'analyst', 'admin', 'bench', 'schema'] as const;
export type QueryFolder = (typeof QUERY_FOLDERS)[number];
const ENGINES: readonly EngineName[] = ['grafeo', 'neo4j'];
/** Folders whose names carry the folder: analyst questions are `analyst/<name>`, as `kg query` and Browser guides show them. */
const NAMESPACED: ReadonlySet<QueryFolder> = new Set(['analyst']);
/** Folders whose queries may exist for one engine only (DDL, an engine's own admin commands). */
const ENGINE_ONLY_ALLOWED: ReadonlySet<QueryFolder> = new Set(['schema', 'admin']);

/** One .cypher file in the tree: its folder, and the engine it is written for (null: every engine). */
export interface QueryFileEntry {
  name: string;
  folder: QueryFolder;
  engine: EngineName | null;
  file: string;
}

const isFolder = (name: string): name is QueryFolder => (QUERY_FOLDERS as readonly string[]).includes(name);
const isEngine = (name: string): name is EngineName => (ENGINES as readonly string[]).includes(name);
const isDir = (path: string): boolean => statSync(path).isDirectory();

/**
 * Every query file under `dir`, checked for place: cypher/<folder>/<name>.cypher for every
 * engine, cypher/<engine>/<folder>/<name>.cypher for one. Anything else (a file at the top, an
 * unknown folder, a sub-folder) is refused: a query nobody can find is a query nobody checks.
 */
export function queryFiles(dir: string = CYPHER_DIR): QueryFileEntry[] {
  const out: QueryFileEntry[] = [];
  const misplaced = (path: string, why: string): Error => new Error(`cypher/${relative(dir, path)}: ${why}`);
  const readFolder = (path: string, folder: QueryFolder, engine: EngineName | null): void => {
    for (const entry of readdirSync(path).sort()) {
      const file = join(path, entry);
      if (isDir(file)) throw misplaced(file, `no sub-folders inside a query folder`);
      if (!entry.endsWith('.cypher')) throw misplaced(file, 'only .cypher files belong in a query folder');
      const base = entry.slice(0, -'.cypher'.length);
      out.push({ name: NAMESPACED.has(folder) ? `${folder}/${base}` : base, folder, engine, file });
    }
  };
  const folders = `one of ${QUERY_FOLDERS.join(', ')}`;
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (!isDir(path)) {
      if (entry === 'README.md') continue;
      throw misplaced(path, `a query file lives in a folder by role (${folders}) or an engine's (${ENGINES.join(', ')})/<folder>`);
    }
    if (isFolder(entry)) readFolder(path, entry, null);
    else if (isEngine(entry)) {
      for (const sub of readdirSync(path).sort()) {
        const subPath = join(path, sub);
        if (!isDir(subPath) || !isFolder(sub)) throw misplaced(subPath, `an engine folder holds the same folders as cypher/ (${folders})`);
        readFolder(subPath, sub, entry);
      }
    } else throw misplaced(path, `unknown folder (cypher/ has ${folders}, and ${ENGINES.join(', ')} for one engine's versions)`);
  }
  return out;
}

/**
 * Checks the tree as a whole: a name means one query (no two files with the same name in
 * different folders); an engine's version sits in the folder of the file it replaces and
 * repeats its header up to the last @param/@returns line (the callers' contract; lines after
 * it say why the engine differs); a query written only per engine has one for every engine,
 * with the same parameters and columns (DDL and engine admin commands excepted).
 */
function checkTree(entries: QueryFileEntry[], parsed: Map<string, NamedQuery>): void {
  const byName = new Map<string, QueryFileEntry[]>();
  for (const e of entries) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  for (const [name, versions] of byName) {
    const folders = new Set(versions.map((v) => v.folder));
    if (folders.size > 1) throw new Error(`query '${name}' is in several folders: ${versions.map((v) => v.file).join(', ')}`);
    for (const engine of ENGINES) {
      if (versions.filter((v) => v.engine === engine).length > 1) throw new Error(`query '${name}' twice for ${engine}`);
    }
    const shared = versions.find((v) => v.engine === null);
    const contractOf = (v: QueryFileEntry): string => (parsed.get(v.file)?.contract ?? []).join('\n');
    const interfaceOf = (v: QueryFileEntry): string => {
      const q = parsed.get(v.file);
      return JSON.stringify({ params: q?.params, returns: q?.returns });
    };
    for (const v of versions.filter((x) => x.engine !== null)) {
      if (shared && contractOf(v) !== contractOf(shared)) {
        throw new Error(
          `${v.file}: an engine's version repeats the header of ${shared.file} up to its last @param/@returns line (add why it differs after it)`,
        );
      }
    }
    if (!shared) {
      const [first, ...rest] = versions;
      const folder = first?.folder;
      if (first && folder && !ENGINE_ONLY_ALLOWED.has(folder)) {
        const missing = ENGINES.filter((engine) => !versions.some((v) => v.engine === engine));
        if (missing.length > 0)
          throw new Error(
            `query '${name}' has no version for ${missing.join(', ')} (write it in cypher/${folder}/ for every engine, or in cypher/<engine>/${folder}/ for each)`,
          );
        for (const v of rest) {
          if (interfaceOf(v) !== interfaceOf(first)) throw new Error(`${v.file}: declares other parameters or columns than ${first.file}`);
        }
      }
    }
  }
}

/**
 * All queries for one engine: the shared files, with cypher/<engine>/ winning over a shared
 * file of the same name. The whole tree is read and checked once (for every engine, so a
 * Grafeo-only mistake fails on Neo4j too); a missing query fails loudly when asked for.
 */
export class QueryCatalog {
  private readonly queries = new Map<string, NamedQuery>();

  constructor(engine: EngineName, dir: string = CYPHER_DIR) {
    const entries = existsSync(dir) ? queryFiles(dir) : [];
    const parsed = new Map(entries.map((e) => [e.file, parseQueryFile(e.file)]));
    checkTree(entries, parsed);
    // Shared first, then this engine's: the engine's version replaces the shared one.
    for (const e of [...entries.filter((x) => x.engine === null), ...entries.filter((x) => x.engine === engine)]) {
      const q = parsed.get(e.file);
      if (q) this.queries.set(e.name, { ...q, name: e.name });
    }
  }

  get(name: string): NamedQuery {
    const q = this.queries.get(name);
    if (!q) throw new Error(`No query named '${name}' in cypher/ (looked for ${name}.cypher in its folders)`);
    return q;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}
