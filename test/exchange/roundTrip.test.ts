import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { GraphStore } from '../../src/store/GraphStore.js';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import type { CypherEngine, FollowUp, Params, Row, Statement } from '../../src/engine/CypherEngine.js';
import { exportGraph, type DumpFormat } from '../../src/exchange/exportGraph.js';
import { importGraph } from '../../src/exchange/importGraph.js';
import { readGraph } from '../../src/exchange/readGraph.js';
import { graphSnapshot } from '../fixtures/graphSnapshot.js';
import { countsOf } from '../fixtures/graphCounts.js';
import { splitStatements } from '../../src/engine/QueryCatalog.js';
import { analystStore } from '../fixtures/analystGraph.js';
import { exchangeSourceStore, TRICKY } from '../fixtures/exchangeSource.js';
import { emptyStore } from '../fixtures/testEngine.js';

// Export → import into a fresh store of the engine under test must give the same
// graph: same counts, same nodes with the same properties, same relationships with
// the same evidence, in both formats; and exported again from there into a fresh
// embedded store, still the same (so on Neo4j: Grafeo → Neo4j → Grafeo). The
// source is always an in-memory embedded store, so the two stores of a test never
// share Neo4j's one database. Pages are tiny so paging is exercised.

const sourceStore = exchangeSourceStore;

async function freshEmbeddedStore(): Promise<GraphStore> {
  const store = new GraphStore(new GrafeoEngine());
  await store.migrate();
  return store;
}

describe.each<DumpFormat>(['cypher', 'csv'])('kg export --format %s, then kg import', (format) => {
  let source: GraphStore;
  let target: GraphStore;
  let out: string;
  beforeAll(async () => {
    source = await sourceStore();
    target = await emptyStore();
    out = join(mkdtempSync(join(tmpdir(), 'kg-exchange-')), format === 'cypher' ? 'dump.cypher' : 'csv');
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('gives the same counts, nodes and relationships on a fresh store', async () => {
    const exported = await exportGraph(source, { format, out, pageSize: 2 });
    const imported = await importGraph(target, { path: out, batchSize: 3 });
    expect(imported).toEqual(exported);
    expect(exported).toEqual({ nodes: 42, relationships: 59 });
    expect(await countsOf(target)).toEqual(await countsOf(source));
    const [a, b] = [await graphSnapshot(source), await graphSnapshot(target)];
    expect(b.nodes).toEqual(a.nodes);
    expect(b.relationships).toEqual(a.relationships);
    expect(a.nodes.some((n) => n.includes('"authors",[]'))).toBe(true); // an empty list survives
  });

  it('keeps dates as dates and the tricky strings intact', async () => {
    const [doc] = await target.nodesByIds('Place', ['place:tricky']);
    expect(doc).toEqual({ id: 'place:tricky', name: TRICKY, folded: '' });
    const rows = await target.engine.read('analyst/meetings_in_period', { from: '2021-01-01', to: '2021-12-31' });
    expect(rows.map((r) => r.date)).toEqual(['2021-03-15', '2021-06-10']);
  });

  it('exported again from that store and imported into a fresh embedded store, is still the same graph', async () => {
    const again = join(mkdtempSync(join(tmpdir(), 'kg-exchange-')), format === 'cypher' ? 'dump.cypher' : 'csv');
    await exportGraph(target, { format, out: again, pageSize: 5 });
    const back = await freshEmbeddedStore();
    try {
      await importGraph(back, { path: again });
      expect(await graphSnapshot(back)).toEqual(await graphSnapshot(source));
    } finally {
      await back.close();
    }
  });

  it('is idempotent: importing the same dump again changes nothing', async () => {
    const before = await graphSnapshot(target);
    await importGraph(target, { path: out });
    expect(await graphSnapshot(target)).toEqual(before);
  });

  it('replaces what is there with --replace', async () => {
    await target.engine.write([{ query: 'upsert_places', params: { rows: [{ id: 'place:extra', props: { name: 'X' } }] } }]);
    await importGraph(target, { path: out, replace: true });
    expect(await target.nodesByIds('Place', ['place:extra'])).toEqual([null]);
    expect(await countsOf(target)).toEqual(await countsOf(source));
  });
});

describe('the Cypher dump, as Neo4j sees it', () => {
  let text: string;
  beforeAll(async () => {
    const store = await sourceStore();
    const out = join(mkdtempSync(join(tmpdir(), 'kg-exchange-')), 'dump.cypher');
    await exportGraph(store, { format: 'cypher', out, pageSize: 4 });
    await store.close();
    text = readFileSync(out, 'utf8');
  });

  it("passes Neo4j's linter statement by statement, with no parameters", () => {
    const statements = splitStatements(text);
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements) {
      expect(statement).not.toMatch(/\$[A-Za-z_]/);
      const errors = lintCypherQuery(statement, {}).diagnostics.filter((d) => d.severity === 1);
      expect({ statement: statement.slice(0, 200), errors: errors.map((e) => e.message) }).toEqual({ statement: statement.slice(0, 200), errors: [] });
    }
  });

  it('starts with the Neo4j schema and writes dates with date()', () => {
    expect(text).toMatch(/^\/\/ directive-graph dump, format 1/);
    expect(text.indexOf('CREATE CONSTRAINT meeting_id')).toBeLessThan(text.indexOf('UNWIND'));
    expect(text).toContain("date: date('2020-09-30')");
    expect(text).toContain("publishedOn: date('2021-03-16')");
    expect(text).toContain("issuedOn: date('2016-05-15')");
    expect(text).toContain('MERGE (a)-[r:PARTICIPATED {documentId: row.props.documentId, role: row.props.role}]->(b)');
  });
});

describe('the CSV dump, as neo4j-admin sees it', () => {
  let dir: string;
  beforeAll(async () => {
    const store = await sourceStore();
    dir = join(mkdtempSync(join(tmpdir(), 'kg-exchange-')), 'csv');
    await exportGraph(store, { format: 'csv', out: dir, pageSize: 3 });
    await store.close();
  });
  const header = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n')[0];

  it('has one file per label and type with typed neo4j-admin headers', () => {
    expect(readdirSync(dir).sort()).toEqual([
      'neo4j-admin-import.sh',
      'nodes_Directive.csv',
      'nodes_Document.csv',
      'nodes_Meeting.csv',
      'nodes_Organization.csv',
      'nodes_Person.csv',
      'nodes_Place.csv',
      'rels_CITES.csv',
      'rels_HELD_IN.csv',
      'rels_HOLDS.csv',
      'rels_IMPLEMENTS.csv',
      'rels_ISSUED_BY.csv',
      'rels_ORGANIZED.csv',
      'rels_PARTICIPATED.csv',
      'rels_REPORTS.csv',
    ]);
    expect(header('nodes_Document.csv')).toBe('id:ID(Document),:LABEL,authors:string[],folded:string,publishedOn:date,source:string,text:string,title:string');
    expect(header('nodes_Meeting.csv')).toBe('id:ID(Meeting),:LABEL,date:date,documentId:string,folded:string,part:string,title:string,year:long');
    expect(header('rels_PARTICIPATED.csv')).toBe(
      ':START_ID(Person),:END_ID(Meeting),:TYPE,documentId:string,end:long,role:string,sentenceEnd:long,sentenceStart:long,start:long',
    );
    const script = readFileSync(join(dir, 'neo4j-admin-import.sh'), 'utf8');
    expect(script).toContain('${NEO4J_ADMIN:-neo4j-admin} database import full "${DATABASE:-neo4j}"');
    expect(script.indexOf('nodes_Place.csv')).toBeLessThan(script.indexOf('rels_REPORTS.csv'));
  });

  it('writes arrays with the ; delimiter and quotes what needs quoting', () => {
    const docs = readFileSync(join(dir, 'nodes_Document.csv'), 'utf8');
    expect(docs).toContain('Hữu Huy;Ngọc Lan');
    const places = readFileSync(join(dir, 'nodes_Place.csv'), 'utf8');
    expect(places).toContain('place:tricky,Place,"",');
  });
});

describe('paging', () => {
  it('never reads more than a page of nodes (or of start nodes) at once', async () => {
    const store = await analystStore();
    const pages: Array<{ query: string; size: number }> = [];
    const spy: CypherEngine = {
      name: store.engine.name,
      async read(query: string, params?: Params): Promise<Row[]> {
        const rows = await store.engine.read(query, params);
        const size = query.startsWith('export_links_') ? new Set(rows.map((r) => r.from)).size : rows.length;
        pages.push({ query, size });
        return rows;
      },
      write: (s: Statement[]) => store.engine.write(s),
      writeThen: (s: Statement[], then: FollowUp) => store.engine.writeThen(s, then),
      applySchema: (q: string) => store.engine.applySchema(q),
      close: () => store.engine.close(),
    };
    let total = 0;
    for await (const b of readGraph(spy, 2)) total += b.records.length;
    expect(total).toBe(41 + 59);
    expect(Math.max(...pages.map((p) => p.size))).toBe(2);
    expect(pages.filter((p) => p.query === 'export_meetings').length).toBe(4); // 7 meetings: 2+2+2+1
    await store.close();
  });
});

describe('a dump that would miss part of the graph', () => {
  it('is refused with the counts, not written quietly short', async () => {
    const store = await analystStore();
    // The graph reports a relationship no export query reaches (as one from a Place would be).
    const engine: CypherEngine = {
      name: store.engine.name,
      async read(query: string, params?: Params): Promise<Row[]> {
        const rows = await store.engine.read(query, params);
        return query === 'stats_relationships' ? [...rows, { type: 'NEAR', count: 1 }] : rows;
      },
      write: (s: Statement[]) => store.engine.write(s),
      writeThen: (s: Statement[], then: FollowUp) => store.engine.writeThen(s, then),
      applySchema: (q: string) => store.engine.applySchema(q),
      close: () => store.engine.close(),
    };
    const out = join(mkdtempSync(join(tmpdir(), 'kg-exchange-')), 'dump.cypher');
    await expect(exportGraph(new GraphStore(engine), { format: 'cypher', out })).rejects.toThrow(
      /holds 41 nodes and 59 relationships, but the graph had 41 and 60/,
    );
    await store.close();
  });
});
