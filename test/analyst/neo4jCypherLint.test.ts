import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { parseQueryFile, queryFiles, splitStatements } from '../../src/engine/QueryCatalog.js';

// No Neo4j server runs here, so the Neo4j-only files are checked by Neo4j's own
// front end, statement by statement as applySchema sends them, and the schema
// is checked for what analysts rely on.

const neo4jFiles = queryFiles().filter((e) => e.engine === 'neo4j');

describe("cypher/neo4j/ passes Neo4j's linter", () => {
  for (const { folder, name, file } of neo4jFiles) {
    it(`${folder}/${name}`, () => {
      const q = parseQueryFile(file);
      const parts = q.statements ? splitStatements(q.text) : [q.text];
      const parameters = Object.fromEntries(q.params.map((p) => [p, null]));
      for (const statement of parts) {
        const errors = lintCypherQuery(statement, { parameters }).diagnostics.filter((d) => d.severity === 1);
        expect({ statement, errors: errors.map((e) => e.message) }).toEqual({ statement, errors: [] });
      }
    });
  }
});

describe('Neo4j schema', () => {
  const statements = splitStatements(parseQueryFile(neo4jFiles.find((e) => e.name === 'schema')?.file ?? 'cypher/neo4j/schema/schema.cypher').text);

  it('is idempotent: every statement has IF NOT EXISTS', () => {
    for (const s of statements) expect(s).toMatch(/\sIF NOT EXISTS\s/);
  });

  it('has a uniqueness constraint on id for every label, and no second index on those keys', () => {
    for (const label of ['Document', 'Meeting', 'Directive', 'Organization', 'Person', 'Place']) {
      expect(statements.filter((s) => new RegExp(`^CREATE CONSTRAINT \\w+ IF NOT EXISTS FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE$`).test(s))).toHaveLength(
        1,
      );
      expect(statements.filter((s) => new RegExp(`INDEX .*\\(n:${label}\\) ON \\(n\\.id\\)`).test(s))).toEqual([]);
    }
  });

  it('has range indexes on the dates and an accent-folding full-text index over names, titles and subjects', () => {
    for (const [label, prop] of [
      ['Meeting', 'date'],
      ['Directive', 'issuedOn'],
      ['Document', 'publishedOn'],
    ]) {
      expect(statements.some((s) => s.startsWith('CREATE RANGE INDEX') && s.includes(`(n:${label}) ON (n.${prop})`))).toBe(true);
    }
    const fulltext = statements.find((s) => s.startsWith('CREATE FULLTEXT INDEX'));
    expect(fulltext).toMatch(/ON EACH \[n\.name, n\.title, n\.subject/);
    expect(fulltext).toContain("`fulltext.analyzer`: 'standard-folding'");
  });
});
