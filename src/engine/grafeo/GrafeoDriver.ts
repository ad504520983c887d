import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Params, Row } from '../CypherEngine.js';
import { StatementFailed, type BoundStatement, type QueryDriver } from '../QueryDriver.js';
import { DataFileLocked } from '../errors.js';
import { grafeoFailure } from './grafeoFailure.js';
import { loadMallocTrim, MemoryReleaser } from './releaseMemory.js';
import { toPlain } from './toPlain.js';
import type * as Grafeo from '@grafeo-db/js';

// @grafeo-db/js is a CommonJS native addon: loaded through require, and only when an
// embedded engine is opened, so a Neo4j-only deployment runs where its binary is missing.
const require = createRequire(import.meta.url);
function grafeo(): typeof Grafeo {
  try {
    return require('@grafeo-db/js') as typeof Grafeo;
  } catch (error) {
    throw new Error(
      `the embedded engine needs @grafeo-db/js, which cannot be loaded here (${process.platform}-${process.arch}); set NEO4J_URI to use Neo4j instead`,
      { cause: error },
    );
  }
}

/** Opens the data file, or creates it with its folder; a file another process holds is DataFileLocked. */
function openDatabase(path: string | undefined): Grafeo.GrafeoDB {
  const { GrafeoDB } = grafeo();
  if (!path) return GrafeoDB.create();
  mkdirSync(dirname(path), { recursive: true });
  try {
    return existsSync(path) ? GrafeoDB.open(path) : GrafeoDB.create(path);
  } catch (error) {
    // GRAFEO-X001 "… cannot be locked": another process (a running `kg serve`) has the file open.
    if (/cannot be locked/i.test((error as Error).message)) throw new DataFileLocked(path, { cause: error });
    throw error;
  }
}

export interface GrafeoOptions {
  /**
   * After a committed write, give the memory glibc keeps back to the kernel once RSS grew by this many MB since the
   * last time (`malloc_trim`); false: never. A no-op without glibc.
   */
  releaseMemoryAfterMb?: number | false;
}

/**
 * The default of `releaseMemoryAfterMb`: at 10k synthetic articles (1,200-row transactions) peak RSS 850 MB without,
 * 530 trimming at every commit or at 16 MB, 630 at 64 MB (bench/results/ingest-memory.md); 16 skips small writes.
 */
export const RELEASE_MEMORY_AFTER_MB = 16;

/**
 * Grafeo in this process, persisted to one file (with its `<path>.wal` beside it), or in
 * memory when no path is given. It hands back plain JS but for bigints and whole nodes.
 */
export class GrafeoDriver implements QueryDriver {
  readonly name = 'grafeo' as const;
  private readonly db: Grafeo.GrafeoDB;
  // Grafeo runs one write transaction at a time; writes queue behind each other.
  private writeQueue: Promise<unknown> = Promise.resolve();
  readonly releaser: MemoryReleaser;

  constructor(path?: string, options: GrafeoOptions = {}) {
    this.db = openDatabase(path);
    const after = options.releaseMemoryAfterMb ?? RELEASE_MEMORY_AFTER_MB;
    this.releaser = new MemoryReleaser(after === false ? null : loadMallocTrim(), after || 0);
  }

  async read(statement: BoundStatement): Promise<unknown[]> {
    return (await this.db.executeCypher(statement.text, statement.params)).toArray();
  }

  write(statements: BoundStatement[], then?: (rows: unknown[][]) => BoundStatement[]): Promise<unknown[][]> {
    const run = this.writeQueue.then(() => this.runWrite(statements, then));
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async runWrite(statements: BoundStatement[], then?: (rows: unknown[][]) => BoundStatement[]): Promise<unknown[][]> {
    const tx = this.db.beginTransaction();
    let current = 'begin';
    try {
      const out: unknown[][] = [];
      for (const s of statements) {
        current = s.name;
        out.push((await tx.executeCypher(s.text, s.params)).toArray());
      }
      current = 'then';
      for (const s of then?.(out.slice()) ?? []) {
        current = s.name;
        out.push((await tx.executeCypher(s.text, s.params)).toArray());
      }
      current = 'commit';
      tx.commit();
      this.releaser.afterCommit();
      return out;
    } catch (error) {
      if (tx.isActive) tx.rollback();
      throw new StatementFailed(current, { cause: error });
    }
  }

  async runEach(_name: string, statements: string[]): Promise<void> {
    for (const statement of statements) await this.db.executeCypher(statement);
  }

  toParams(params: Params): Params {
    return params;
  }

  toRow(row: unknown): Row {
    return toPlain(row) as Row;
  }

  failure(error: unknown) {
    return grafeoFailure(error);
  }

  async close(): Promise<void> {
    await this.writeQueue;
    this.db.close();
  }
}
