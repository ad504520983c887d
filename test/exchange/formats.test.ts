import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCypherLiteral, toCypherLiteral } from '../../src/exchange/cypherLiteral.js';
import { csvLine, readCsv } from '../../src/exchange/csv.js';
import { cellText, cellValue, widen } from '../../src/exchange/csvColumns.js';

const STRINGS = [
  '',
  'plain',
  "it's",
  'say "hi"',
  'a\\b',
  'line\nbreak',
  'cr\r\nlf',
  'tab\tsemi;colon',
  'Đồng chí Lê Hữu Thọ',
  '😀 astral',
  '\u0001ctl',
  '// not a comment',
];

describe('Cypher literals', () => {
  it('read back what they write, on one line', () => {
    const value = { s: STRINGS, n: [0, -3, 2.5, 1e-7], b: [true, false], nested: { 'odd key': [['x']], 'back`tick': {} } };
    const text = toCypherLiteral(value);
    expect(text).not.toMatch(/[\n\r;]/);
    expect(parseCypherLiteral(text)).toEqual(value);
  });

  it('writes dates as date() and drops null properties', () => {
    const text = toCypherLiteral({ date: '2020-09-30', title: 'x', gone: null }, new Set(['date']));
    expect(text).toBe("{date: date('2020-09-30'), title: 'x'}");
    expect(parseCypherLiteral(text)).toEqual({ date: '2020-09-30', title: 'x' });
  });

  it('refuses what it cannot read', () => {
    expect(() => parseCypherLiteral('{a: $p}')).toThrow(/bad Cypher literal/);
    expect(() => parseCypherLiteral("'open")).toThrow(/closing quote/);
    expect(() => toCypherLiteral(Number.NaN)).toThrow();
  });
});

describe('CSV', () => {
  it('reads back quoted fields with commas, quotes and line breaks, and tells "" from no value', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-csv-')), 'x.csv');
    const records = [['a', 'b', 'c'], STRINGS.slice(0, 6), [null, '', 'x'], STRINGS.slice(6)];
    writeFileSync(path, records.map((r) => csvLine(r)).join(''));
    const back: Array<Array<string | null>> = [];
    for await (const r of readCsv(path)) back.push(r);
    expect(back).toEqual(records);
  });

  it('refuses broken quoting with a clear error naming the file, rather than reading something else', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-csv-'));
    const read = async (text: string) => {
      const path = join(dir, 'bad.csv');
      writeFileSync(path, text);
      const out: Array<Array<string | null>> = [];
      for await (const r of readCsv(path)) out.push(r);
      return out;
    };
    await expect(read('id,name\n"ab"cd,x\n')).rejects.toThrow(/bad\.csv: not valid CSV: Invalid Closing Quote.*line 2/);
    await expect(read('id,name\nab"cd,x\n')).rejects.toThrow(/bad\.csv: not valid CSV: Invalid Opening Quote/);
    await expect(read('id,name\n"open,x\n')).rejects.toThrow(/bad\.csv: not valid CSV: Quote Not Closed/);
    expect(await read('id,name\n"a""b",\n')).toEqual([
      ['id', 'name'],
      ['a"b', null],
    ]);
  });

  it('types cells for neo4j-admin headers', () => {
    expect(cellText(['a', 'b'], 'w')).toBe('a;b');
    expect(cellValue('a;b', 'string[]')).toEqual(['a', 'b']);
    expect(cellValue('', 'string[]')).toEqual([]);
    expect(cellValue('42', 'long')).toBe(42);
    expect(cellValue('true', 'boolean')).toBe(true);
    expect(widen('long', 'double', 'w')).toBe('double');
    expect(widen('?[]', 'string[]', 'w')).toBe('string[]');
    expect(() => widen('long', 'string', 'w')).toThrow(/types long and string/);
    // An element holding the array delimiter would split on the way back: refused, not corrupted.
    expect(() => cellText(['a;b'], 'w')).toThrow(/array delimiter/);
  });
});
