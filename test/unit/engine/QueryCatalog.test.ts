import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCatalog, queryFiles, splitStatements } from '../../../src/engine/QueryCatalog.js';

function catalogDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cypher-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const FIND = '// Finds one node by id.\n// @param $id  an id\n// @returns node\n';

describe('QueryCatalog', () => {
  it('reads headers, and an engine folder wins over the shared file', () => {
    const dir = catalogDir({
      'read/find.cypher': `${FIND}MATCH (n {id: $id}) RETURN n AS node`,
      'neo4j/read/find.cypher': `${FIND}// Neo4j: through the label index.\nMATCH (n:X {id: $id}) RETURN n AS node`,
      'analyst/top.cypher': '// The top names with counts.\n// @returns name, count\nRETURN 1 AS name, 2 AS count',
    });
    const grafeo = new QueryCatalog('grafeo', dir);
    const neo4j = new QueryCatalog('neo4j', dir);
    expect(grafeo.get('find').text).toContain('MATCH (n {id');
    expect(neo4j.get('find').text).toContain('MATCH (n:X');
    expect(grafeo.get('find').params).toEqual(['id']);
    expect(grafeo.get('analyst/top').returns).toEqual(['name', 'count']);
    expect(() => grafeo.get('missing')).toThrow(/No query named 'missing'/);
  });

  it('fails loudly on a parameter the header does not declare', () => {
    const dir = catalogDir({ 'read/bad.cypher': '// Reads a node badly.\n// @returns n\nMATCH (n {id: $id}) RETURN n' });
    expect(() => new QueryCatalog('grafeo', dir)).toThrow(/not declared with @param.*id/);
  });

  it('refuses a header whose description was lost', () => {
    const dir = catalogDir({
      'read/rel.cypher': '// , for many meetings at once (DataLoader batch).\n// @param $ids  ids\n// @returns key\nUNWIND $ids AS key RETURN key',
    });
    expect(() => new QueryCatalog('grafeo', dir)).toThrow(/first lines say what the query does/);
    const empty = catalogDir({ 'read/rel.cypher': '// @param $ids  ids\n// @returns key\nUNWIND $ids AS key RETURN key' });
    expect(() => new QueryCatalog('neo4j', empty)).toThrow(/first lines say what the query does/);
  });

  it('refuses files outside the folders by role, and unknown folders', () => {
    expect(() => queryFiles(catalogDir({ 'find.cypher': `${FIND}RETURN 1 AS node` }))).toThrow(/lives in a folder by role/);
    expect(() => queryFiles(catalogDir({ 'queries/find.cypher': `${FIND}RETURN 1 AS node` }))).toThrow(/unknown folder/);
    expect(() => queryFiles(catalogDir({ 'neo4j/find.cypher': `${FIND}RETURN 1 AS node` }))).toThrow(/engine folder holds the same folders/);
    expect(() => queryFiles(catalogDir({ 'read/deep/find.cypher': `${FIND}RETURN 1 AS node` }))).toThrow(/no sub-folders/);
    expect(queryFiles(catalogDir({ 'README.md': '# cypher', 'read/find.cypher': `${FIND}RETURN 1 AS node` })).map((e) => [e.name, e.folder, e.engine])).toEqual(
      [['find', 'read', null]],
    );
  });

  it('refuses an engine version whose header differs from the file it replaces', () => {
    const dir = catalogDir({
      'read/find.cypher': `${FIND}MATCH (n {id: $id}) RETURN n AS node`,
      'neo4j/read/find.cypher': '// Finds one node by id.\n// @param $id  an id\n// @returns node, label\nMATCH (n:X {id: $id}) RETURN n AS node, 1 AS label',
    });
    expect(() => new QueryCatalog('grafeo', dir)).toThrow(/repeats the header of .*read\/find\.cypher/);
  });

  it('refuses one name in two folders, and a per-engine query missing for one engine', () => {
    const twice = catalogDir({ 'read/find.cypher': `${FIND}RETURN 1 AS node`, 'api/find.cypher': `${FIND}RETURN 1 AS node` });
    expect(() => new QueryCatalog('grafeo', twice)).toThrow(/'find' is in several folders/);
    const oneEngine = catalogDir({ 'neo4j/api/find.cypher': `${FIND}RETURN 1 AS node` });
    expect(() => new QueryCatalog('neo4j', oneEngine)).toThrow(/'find' has no version for grafeo/);
    // DDL is per engine by nature.
    const ddl = catalogDir({
      'neo4j/schema/schema.cypher':
        '// The Neo4j schema, one statement each.\n// @statements\n// @returns nothing\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.id);',
    });
    expect(new QueryCatalog('neo4j', ddl).get('schema').returns).toEqual([]);
  });

  it('reads @returns columns with remarks in parentheses, commas inside them included', () => {
    const dir = catalogDir({
      'api/paths.cypher':
        '// Paths between two nodes.\n// @returns nodes (list of maps with label), rels (list of maps with type, from, to)\nRETURN [] AS nodes, [] AS rels',
    });
    expect(new QueryCatalog('grafeo', dir).get('paths').returns).toEqual(['nodes', 'rels']);
  });

  it('splits schema files into statements', () => {
    expect(splitStatements('// x\nCREATE INDEX a FOR (n:A) ON (n.id);\n\nCREATE INDEX b FOR (n:B) ON (n.id);\n')).toEqual([
      'CREATE INDEX a FOR (n:A) ON (n.id)',
      'CREATE INDEX b FOR (n:B) ON (n.id)',
    ]);
  });
});
