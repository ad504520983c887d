import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CypherEngine, Params, Row, Statement } from '../CypherEngine.js';
import { QueryCatalog, splitStatements } from '../QueryCatalog.js';
import { bindParams } from '../bindParams.js';
import { toPlain } from './toPlain.js';
import { DataFileLocked } from '../errors.js';
import type * as Grafeo from '@grafeo-db/js';

// @grafeo-db/js is a CommonJS native addon: load it through require.
const require = createRequire(import.meta.url);
const { GrafeoDB } = require('@grafeo-db/js') as typeof Grafeo;

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
    const result = await this.db.executeCypher(q.text, bindParams(q, params));
    return result.toArray().map((r) => toPlain(r) as Row);
  }

  write(statements: Statement[]): Promise<Row[][]> {
    const run = this.writeQueue.then(() => this.runWrite(statements));
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async runWrite(statements: Statement[]): Promise<Row[][]> {
    const tx = this.db.beginTransaction();
    try {
      const out: Row[][] = [];
      for (const s of statements) {
        const q = this.catalog.get(s.query);
        const result = await tx.executeCypher(q.text, bindParams(q, s.params));
        out.push(result.toArray().map((r) => toPlain(r) as Row));
      }
      tx.commit();
      return out;
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw error;
    }
  }

  async applySchema(name: string): Promise<void> {
    const q = this.catalog.get(name);
    for (const statement of splitStatements(q.text)) await this.db.executeCypher(statement);
  }

  async close(): Promise<void> {
    await this.writeQueue;
    this.db.close();
  }
}
