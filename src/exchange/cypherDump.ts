import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { nodeShape, relShape } from './graphShape.js';
import { parseCypherLiteral, toCypherLiteral } from './cypherLiteral.js';
import type { Batch, NodeRecord, Props, RelRecord } from './records.js';
import type { TextWriter } from './textWriter.js';

// The Cypher dump: parameter-free statements that `cypher-shell < dump.cypher`
// runs on Neo4j, each in its own transaction. The Neo4j schema comes first (so
// MERGE finds its unique index), then one UNWIND statement per batch with one
// row per line; `kg import` reads the rows back by the same layout.

export const CYPHER_DUMP_HEADER = '// directive-graph dump, format 1';

export async function writeCypherHeader(out: TextWriter, schemaStatements: readonly string[]): Promise<void> {
  await out.write(`${CYPHER_DUMP_HEADER}: load it into Neo4j with  cypher-shell -u neo4j -p <password> < dump.cypher\n`);
  await out.write("// Schema first (idempotent) and the store's record of backfills forgotten, then nodes, then relationships, in batches.\n");
  for (const s of schemaStatements) await out.write(`${s};\n`);
}

export async function writeCypherBatch(out: TextWriter, batch: Batch): Promise<void> {
  if (batch.records.length === 0) return;
  await out.write('UNWIND [\n');
  if (batch.kind === 'nodes') {
    const dates = new Set([nodeShape(batch.label).dateProperty ?? '']);
    const lines = batch.records.map((r) => `{id: ${toCypherLiteral(r.id)}, props: ${toCypherLiteral(r.props, dates)}}`);
    await out.write(`${lines.join(',\n')}\n`);
    await out.write(`] AS row MERGE (n:${batch.label} {id: row.id}) SET n += row.props;\n`);
  } else {
    const shape = relShape(batch.type);
    const lines = batch.records.map((r) => `{from: ${toCypherLiteral(r.from)}, to: ${toCypherLiteral(r.to)}, props: ${toCypherLiteral(r.props)}}`);
    await out.write(`${lines.join(',\n')}\n`);
    const keys = ['documentId', ...shape.keys].map((k) => `${k}: row.props.${k}`).join(', ');
    await out.write(
      `] AS row MATCH (a:${shape.from} {id: row.from}) MATCH (b:${shape.to} {id: row.to}) ` +
        `MERGE (a)-[r:${shape.type} {${keys}}]->(b) SET r += row.props;\n`,
    );
  }
}

const NODE_TAIL = /^\] AS row MERGE \(n:(\w+) \{id: row\.id\}\)/;
const REL_TAIL = /^\] AS row MATCH \(a:\w+ \{id: row\.from\}\) MATCH \(b:\w+ \{id: row\.to\}\) MERGE \(a\)-\[r:(\w+) /;

/** Reads a dump written by writeCypherBatch back, batch by batch, line by line (schema statements are skipped). */
export async function* readCypherDump(path: string): AsyncGenerator<Batch> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let rows: Record<string, unknown>[] | null = null;
  let first = true;
  for await (const line of lines) {
    if (first) {
      if (!line.startsWith(CYPHER_DUMP_HEADER))
        throw new Error(`${path}: not a directive-graph Cypher dump (first line should start with '${CYPHER_DUMP_HEADER}')`);
      first = false;
      continue;
    }
    if (rows === null) {
      if (line === 'UNWIND [') rows = [];
      continue;
    }
    if (line.startsWith('] AS row')) {
      const node = NODE_TAIL.exec(line);
      const rel = REL_TAIL.exec(line);
      if (node?.[1]) {
        const label = nodeShape(node[1]).label;
        yield { kind: 'nodes', label, records: rows.map(toNodeRecord) };
      } else if (rel?.[1]) {
        yield { kind: 'relationships', type: relShape(rel[1]).type, records: rows.map(toRelRecord) };
      } else {
        throw new Error(`${path}: unrecognised statement: ${line.slice(0, 120)}`);
      }
      rows = null;
      continue;
    }
    const literal = line.endsWith(',') ? line.slice(0, -1) : line;
    rows.push(parseCypherLiteral(literal) as Record<string, unknown>);
  }
  if (first) throw new Error(`${path}: empty file, not a directive-graph Cypher dump`);
  if (rows !== null) throw new Error(`${path}: the dump ends inside a statement (truncated file?)`);
}

function toNodeRecord(row: Record<string, unknown>): NodeRecord {
  return { id: String(row.id), props: (row.props ?? {}) as Props };
}

function toRelRecord(row: Record<string, unknown>): RelRecord {
  return { from: String(row.from), to: String(row.to), props: (row.props ?? {}) as Props };
}
