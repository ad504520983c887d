import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CypherEngine } from '../engine/CypherEngine.js';
import { NODE_SHAPES, REL_SHAPES, nodeShape, relShape } from './graphShape.js';
import { readGraph } from './readGraph.js';
import { readCsv, csvLine } from './csv.js';
import { cellText, cellValue, headerType, valueType, widen, type ColumnType } from './csvColumns.js';
import { countBatch, type Batch, type ExchangeCounts, type Props } from './records.js';
import { openTextWriter, type TextWriter } from './textWriter.js';

// The CSV dump: one file per label (nodes_<Label>.csv) and per relationship
// type (rels_<TYPE>.csv) with neo4j-admin headers, each label its own id space
// (`id:ID(Meeting)`, `:START_ID(Person)`), and the neo4j-admin command that
// loads them in neo4j-admin-import.sh. Two passes over the graph: the first
// learns every column's type, the second writes.

const nodeFile = (label: string) => `nodes_${label}.csv`;
const relFile = (type: string) => `rels_${type}.csv`;

type Columns = Map<string, ColumnType>;

export async function writeCsvDump(engine: CypherEngine, dir: string, pageSize: number): Promise<ExchangeCounts> {
  const counts: ExchangeCounts = { nodes: 0, relationships: 0 };
  mkdirSync(dir, { recursive: true });
  const columns = new Map<string, Columns>();
  for await (const batch of readGraph(engine, pageSize)) learnColumns(columns, batch);

  const writers = new Map<string, { out: TextWriter; keys: string[] }>();
  try {
    for (const [file, cols] of columns) {
      const keys = [...cols.keys()].sort();
      const out = openTextWriter(join(dir, file));
      writers.set(file, { out, keys });
      const shape = file.startsWith('nodes_') ? null : relShape(file.slice('rels_'.length, -'.csv'.length));
      const fixed = shape ? [`:START_ID(${shape.from})`, `:END_ID(${shape.to})`, ':TYPE'] : [`id:ID(${file.slice('nodes_'.length, -'.csv'.length)})`, ':LABEL'];
      await out.write(csvLine([...fixed, ...keys.map((k) => `${k}:${headerType(cols.get(k) ?? 'string')}`)]));
    }
    for await (const batch of readGraph(engine, pageSize)) {
      const file = batch.kind === 'nodes' ? nodeFile(batch.label) : relFile(batch.type);
      const w = writers.get(file);
      if (!w) throw new Error(`${file}: the graph changed during the export (a new label or type appeared)`);
      countBatch(counts, batch);
      const cells = (props: Props) => w.keys.map((k) => cellText(props[k], `${file} ${k}`));
      const lines =
        batch.kind === 'nodes'
          ? batch.records.map((r) => csvLine([r.id, batch.label, ...cells(r.props)]))
          : batch.records.map((r) => csvLine([r.from, r.to, batch.type, ...cells(r.props)]));
      await w.out.write(lines.join(''));
    }
  } finally {
    for (const w of writers.values()) await w.out.close();
  }
  writeFileSync(join(dir, 'neo4j-admin-import.sh'), adminScript([...columns.keys()]), { mode: 0o755 });
  return counts;
}

function learnColumns(columns: Map<string, Columns>, batch: Batch): void {
  const file = batch.kind === 'nodes' ? nodeFile(batch.label) : relFile(batch.type);
  const dateProperty = batch.kind === 'nodes' ? nodeShape(batch.label).dateProperty : null;
  const cols = columns.get(file) ?? new Map<string, ColumnType>();
  columns.set(file, cols);
  for (const r of batch.records) {
    for (const [k, v] of Object.entries(r.props)) {
      if (v === null || v === undefined) continue;
      const where = `${file} ${k}`;
      const t = valueType(v, k === dateProperty, where);
      const known = cols.get(k);
      cols.set(k, known ? widen(known, t, where) : t);
    }
  }
}

/** The neo4j-admin command for these files (the database must not exist yet: a full import creates it). */
function adminScript(files: string[]): string {
  const nodes = NODE_SHAPES.map((s) => nodeFile(s.label)).filter((f) => files.includes(f));
  const rels = REL_SHAPES.map((s) => relFile(s.type)).filter((f) => files.includes(f));
  return [
    '#!/bin/sh',
    '# Loads this directory into a new Neo4j database with neo4j-admin (Neo4j 5), e.g. inside the neo4j container',
    '# with this directory mounted at /import:  DIR=/import sh /import/neo4j-admin-import.sh',
    '# Stop the database first (or import into a new one, then CREATE DATABASE), and run `kg migrate` afterwards',
    '# for the constraints and indexes. Without a neo4j-admin on PATH (a server from `kg neo4j start`):',
    '#   NEO4J_ADMIN="npx kg neo4j admin --data .neo4j --" sh neo4j-admin-import.sh   (with that server stopped)',
    'set -e',
    'DIR="${DIR:-$(dirname "$0")}"',
    '${NEO4J_ADMIN:-neo4j-admin} database import full "${DATABASE:-neo4j}" --overwrite-destination=true \\',
    '  --multiline-fields=true --array-delimiter=\';\' --report-file="$DIR/import.report" \\',
    ...nodes.map((f) => `  --nodes="$DIR/${f}" \\`),
    ...rels.map((f) => `  --relationships="$DIR/${f}" \\`),
    '  --verbose',
    '',
  ].join('\n');
}

/** Reads a CSV dump back: every node file (in write order), then every relationship file, in batches. */
export async function* readCsvDump(dir: string, batchSize: number): AsyncGenerator<Batch> {
  const present = new Set(readdirSync(dir));
  const known = new Set([...NODE_SHAPES.map((s) => nodeFile(s.label)), ...REL_SHAPES.map((s) => relFile(s.type))]);
  const unknown = [...present].filter((f) => f.endsWith('.csv') && !known.has(f));
  if (unknown.length > 0) throw new Error(`${dir}: unknown CSV files ${unknown.join(', ')} (expected nodes_<Label>.csv and rels_<TYPE>.csv)`);
  if (![...known].some((f) => present.has(f))) throw new Error(`${dir}: no nodes_*.csv or rels_*.csv files: not a CSV dump`);

  for (const shape of NODE_SHAPES) {
    const file = nodeFile(shape.label);
    if (!present.has(file)) continue;
    let records: Array<{ id: string; props: Props }> = [];
    for await (const { id, props } of readRows(join(dir, file), 'ID')) {
      records.push({ id, props });
      if (records.length >= batchSize) {
        yield { kind: 'nodes', label: shape.label, records };
        records = [];
      }
    }
    if (records.length > 0) yield { kind: 'nodes', label: shape.label, records };
  }
  for (const shape of REL_SHAPES) {
    const file = relFile(shape.type);
    if (!present.has(file)) continue;
    let records: Array<{ from: string; to: string; props: Props }> = [];
    for await (const { from, to, props } of readRows(join(dir, file), 'START_ID')) {
      records.push({ from, to, props });
      if (records.length >= batchSize) {
        yield { kind: 'relationships', type: shape.type, records };
        records = [];
      }
    }
    if (records.length > 0) yield { kind: 'relationships', type: shape.type, records };
  }
}

interface Column {
  name: string;
  /** ID, LABEL, START_ID, END_ID, TYPE, or a property type (string when the header gives none). */
  type: string;
}

function parseHeader(fields: Array<string | null>): Column[] {
  return fields.map((f) => {
    const text = f ?? '';
    const at = text.indexOf(':');
    const name = at < 0 ? text : text.slice(0, at);
    const type = at < 0 ? 'string' : text.slice(at + 1).replace(/\(.*\)$/, '');
    return { name, type };
  });
}

async function* readRows(path: string, first: 'ID' | 'START_ID'): AsyncGenerator<{ id: string; from: string; to: string; props: Props }> {
  let header: Column[] | null = null;
  for await (const fields of readCsv(path)) {
    if (!header) {
      header = parseHeader(fields);
      if (!header.some((c) => c.type === first)) throw new Error(`${path}: the header has no :${first} column`);
      continue;
    }
    let id = '';
    let from = '';
    let to = '';
    const props: Props = {};
    header.forEach((col, i) => {
      const cell = fields[i] ?? null;
      if (col.type === 'ID') {
        id = cell ?? '';
        if (col.name) props[col.name] = id;
      } else if (col.type === 'START_ID') from = cell ?? '';
      else if (col.type === 'END_ID') to = cell ?? '';
      else if (col.type === 'LABEL' || col.type === 'TYPE' || col.type === 'IGNORE') return;
      else if (cell !== null) props[col.name] = cellValue(cell, col.type);
    });
    delete props.id;
    yield { id, from, to, props };
  }
}
