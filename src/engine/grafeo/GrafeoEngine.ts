import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CypherEngine, Params, Row, Statement } from '../CypherEngine.js';
import { QueryCatalog, splitStatements } from '../QueryCatalog.js';
import { bindParams } from '../bindParams.js';
import { toPlain } from './toPlain.js';
import { DataFileLocked, EngineError } from '../errors.js';
import { grafeoFailure } from './grafeoFailure.js';
import type * as Grafeo from '@grafeo-db/js';

// @grafeo-db/js is a CommonJS native addon: loaded through require, and only when an
// embedded engine is opened, so a Neo4j-only deployment runs where its binary is missing.
const require = createRequire(import.meta.url);
function grafeo(): typeof Grafeo {
  try {
    return require('@grafeo-db/js') as typeof Grafeo;
  } catch (error) {
    throw new Error(`the embedded engine needs @grafeo-db/js, which cannot be loaded here (${process.platform}-${process.arch}); set NEO4J_URI to use Neo4j instead`, { cause: error });
  }
}

/**
 * The embedded engine: Grafeo in this process, persisted to one file (with its
 * `<path>.wal` beside it), or in memory when no path is given.
 */
export class GrafeoEngine implements CypherEngine {
  readonly name = 'grafeo' as const;
  private readonly catalog = new QueryCatalog('grafeo');
  private readonly db: Grafeo.GrafeoDB;
  // Grafeo runs one write transaction at a time; writes queue behind each other.
  private writeQueue: Promise<unknown> = Promise.resolve();

  constructor(path?: string) {
    const { GrafeoDB } = grafeo();
    if (path) {
      mkdirSync(dirname(path), { recursive: true });
      try {
        this.db = existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
      } catch (error) {
        // GRAFEO-X001 "… cannot be locked": another process (a running `kg serve`) has the file open.
        if (/cannot be locked/i.test((error as Error).message)) throw new DataFileLocked(path, { cause: error });
        throw error;
      }
    } else {
      this.db = GrafeoDB.create();
    }
  }

  async read(name: string, params: Params = {}): Promise<Row[]> {
    const q = this.catalog.get(name);
    const bound = bindParams(q, params);
    try {
      const result = await this.db.executeCypher(q.text, bound);
      return result.toArray().map((r) => toPlain(r) as Row);
    } catch (error) {
      throw new EngineError('grafeo', grafeoFailure(error), name, { cause: error });
    }
  }

  write(statements: Statement[]): Promise<Row[][]> {
    const run = this.writeQueue.then(() => this.runWrite(statements));
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async runWrite(statements: Statement[]): Promise<Row[][]> {
    // Query names and parameters are checked before the transaction opens: a wrong call is our error, not the engine's.
    const bound = statements.map((s) => {
      const q = this.catalog.get(s.query);
      return { name: s.query, text: q.text, params: bindParams(q, s.params) };
    });
    const tx = this.db.beginTransaction();
    let current = 'begin';
    try {
      const out: Row[][] = [];
      for (const s of bound) {
        current = s.name;
        const result = await tx.executeCypher(s.text, s.params);
        out.push(result.toArray().map((r) => toPlain(r) as Row));
      }
      current = 'commit';
      tx.commit();
      return out;
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw new EngineError('grafeo', grafeoFailure(error), current, { cause: error });
    }
  }

  async applySchema(name: string): Promise<void> {
    const q = this.catalog.get(name);
    try {
      for (const statement of splitStatements(q.text)) await this.db.executeCypher(statement);
    } catch (error) {
      throw new EngineError('grafeo', grafeoFailure(error), name, { cause: error });
    }
  }

  async close(): Promise<void> {
    await this.writeQueue;
    this.db.close();
  }
}
