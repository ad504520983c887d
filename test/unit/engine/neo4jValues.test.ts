import neo4j from 'neo4j-driver';
import { toNeo4jParams } from '../../../src/engine/neo4j/toNeo4jParams.js';
import { fromNeo4j } from '../../../src/engine/neo4j/fromNeo4j.js';

// The Neo4j adapter's value conversions, checked with real driver types (no server needed).
describe('Neo4j value conversion', () => {
  it('sends whole numbers as Integer, deep in lists and maps, and leaves the rest', () => {
    const out = toNeo4jParams({ limit: 2, rows: [{ start: 10, ratio: 0.5, name: 'a', tags: ['x'] }], after: null }) as any;
    expect(neo4j.isInt(out.limit)).toBe(true);
    expect(neo4j.isInt(out.rows[0].start)).toBe(true);
    expect(out.rows[0].ratio).toBe(0.5);
    expect(out.rows[0].name).toBe('a');
    expect(out.after).toBeNull();
  });

  it('reads Integer, dates and nested values back as plain JS', () => {
    const date = new neo4j.types.Date(2020, 9, 30);
    expect(fromNeo4j({ count: neo4j.int(42), when: date, list: [neo4j.int(1)], nested: { d: date } })).toEqual({
      count: 42,
      when: '2020-09-30',
      list: [1],
      nested: { d: '2020-09-30' },
    });
  });
});

describe('Grafeo values at the boundary', () => {
  it('returns a whole node or relationship as its properties, as the Neo4j adapter does', async () => {
    const { toPlain } = await import('../../../src/engine/grafeo/toPlain.js');
    expect(toPlain({ _id: 9, _labels: ['Meeting'], id: 'doc:1/m0', year: 2020n })).toEqual({ id: 'doc:1/m0', year: 2020 });
    expect(toPlain({ _id: 1, _type: 'CITES', _source: 9, _target: 17, start: 3 })).toEqual({ start: 3 });
    // A plain map whose keys start with '_' is data, not a graph element.
    expect(toPlain({ _note: 'kept' })).toEqual({ _note: 'kept' });
  });
});
