import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQueryFile, queryFiles, CYPHER_DIR } from '../../../src/engine/QueryCatalog.js';
import { checkCopiedFilters, checkReturnColumns, type CheckedQuery } from '../../../scripts/cypherChecks.js';
import { returnColumns } from '../../../scripts/cypherShape.js';

function query(name: string, text: string): CheckedQuery {
  const file = join(mkdtempSync(join(tmpdir(), 'kg-check-')), `${name}.cypher`);
  writeFileSync(file, text);
  return { entry: { name, folder: 'api', engine: null, file }, query: parseQueryFile(file) };
}

const FILTER = 'MATCH (n:Meeting)\nWHERE ($from IS NULL OR n.date >= date($from)) AND ($to IS NULL OR n.date <= date($to))\n';

describe("RETURN columns read with Neo4j's parser", () => {
  it("names each column of the query's own RETURN, one list per UNION branch, not those of subqueries", () => {
    expect(
      returnColumns(
        'MATCH (n) WHERE COUNT { MATCH (n)--(m) RETURN m } > 0 CALL (n) { MATCH (n)--(k) RETURN k } RETURN n {.*} AS node, k UNION MATCH (n:B) RETURN n AS node, 1 AS k',
      ),
    ).toEqual([
      ['node', 'k'],
      ['node', 'k'],
    ]);
    expect(returnColumns('MATCH (n) RETURN *')).toEqual([null]);
    expect(returnColumns('MATCH (n) DETACH DELETE n')).toEqual([]);
  });

  it('reports a header whose @returns is not what the query returns', () => {
    const wrong = query('wrong', '// Lists nodes with keys.\n// @returns node, key\nMATCH (n) RETURN n AS node, n.id AS id');
    const right = query('right', '// Lists nodes with keys.\n// @returns node, key\nMATCH (n) RETURN n AS node, n.id AS key');
    const missing = query('missing', '// Deletes the nodes.\n// @returns count\nMATCH (n) DETACH DELETE n');
    expect(checkReturnColumns([wrong, right, missing])).toEqual([
      expect.stringMatching(/wrong\.cypher: RETURN gives node, id, @returns says node, key/),
      expect.stringMatching(/missing\.cypher: @returns count, but the query has no RETURN/),
    ]);
  });
});

describe('filters kept in one file', () => {
  it('reports a compound WHERE copied into another query, not a keyset cursor or a single condition', () => {
    const a = query(
      'a',
      `// Meetings in a range.\n// @param $from  from\n// @param $to  to\n// @param $part  part\n// @returns n\n${FILTER}  AND ($part IS NULL OR n.part = $part)\nRETURN n`,
    );
    const b = query(
      'b',
      `// Count of meetings in a range.\n// @param $from  from\n// @param $to  to\n// @param $part  part\n// @returns c\n${FILTER}  AND ($part IS NULL OR n.part = $part)\nRETURN count(n) AS c`,
    );
    const cursor =
      '// @param $afterKey  k\n// @param $afterId  i\n// @returns n\nMATCH (n) WITH n, n.k AS key WHERE $afterKey IS NULL OR key > $afterKey OR (key = $afterKey AND n.id > $afterId) RETURN n';
    const c = query('c', `// One page of things.\n${cursor}`);
    const d = query('d', `// One page of other things.\n${cursor}`);
    const problems = checkCopiedFilters([a, b, c, d]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/same filter is written in .*a\.cypher, .*b\.cypher/);
  });

  it("holds for the repository's cypher/", () => {
    const queries = queryFiles(CYPHER_DIR).map((entry) => ({ entry, query: parseQueryFile(entry.file) }));
    expect(queries.length).toBeGreaterThan(100);
    expect(checkReturnColumns(queries)).toEqual([]);
    expect(checkCopiedFilters(queries)).toEqual([]);
  });
});
