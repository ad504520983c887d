import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCatalog, splitStatements } from '../../../src/engine/QueryCatalog.js';

function catalogDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-cypher-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('QueryCatalog', () => {
  it('reads headers, and an engine folder wins over the shared file', () => {
    const dir = catalogDir({
      'find.cypher': '// shared\n// @param $id  an id\n// @returns node\nMATCH (n {id: $id}) RETURN n AS node',
      'neo4j/find.cypher': '// neo4j\n// @param $id  an id\n// @returns node\nMATCH (n:X {id: $id}) RETURN n AS node',
      'analyst/top.cypher': '// top\n// @returns name, count\nRETURN 1 AS name, 2 AS count',
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
    const dir = catalogDir({ 'bad.cypher': '// bad\n// @returns n\nMATCH (n {id: $id}) RETURN n' });
    expect(() => new QueryCatalog('grafeo', dir)).toThrow(/not declared with @param.*id/);
  });

  it('splits schema files into statements', () => {
    expect(splitStatements('// x\nCREATE INDEX a FOR (n:A) ON (n.id);\n\nCREATE INDEX b FOR (n:B) ON (n.id);\n')).toEqual([
      'CREATE INDEX a FOR (n:A) ON (n.id)',
      'CREATE INDEX b FOR (n:B) ON (n.id)',
    ]);
  });
});
