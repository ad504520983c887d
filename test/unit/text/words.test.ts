import fc from 'fast-check';
import { CAPITAL, DIGIT, isCapitalized, LETTER, MARK, readWords, SPACE, UPPER, unitClass } from '../../../src/text/index.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:(?:-|&(?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const byRegex = (s: string) => [...s.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));

describe('readWords', () => {
  it('finds what the word pattern finds, on Vietnamese text', () => {
    const s = "Ủy ban nhân dân tỉnh Bà Rịa-Vũng Tàu, COVID-19 -- o'clock Nguyễn’s  1.000 - x-  -y Hòa\u0301 đ/c Bộ GD&ĐT, VHTT&DL a&b R&-D &A";
    expect(readWords(s)).toEqual(byRegex(s));
  });
  it('finds what the word pattern finds, on any text (outside the plane too)', () => {
    const pieces = fc.constantFrom('a', 'Ư', 'ệ', '1', '٣', '-', '&', 'Đ', "'", '’', ' ', '.', '\u0301', '\n', 'Σ', '😀', '\ud800', 'x-y', 'G&Đ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }), (ps, b) => {
        for (const s of [ps.join(''), b, ps.join('') + b]) expect(readWords(s)).toEqual(byRegex(s));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('unitClass', () => {
  it('agrees with the Unicode properties and isCapitalized for every unit of the plane', () => {
    const wrong: string[] = [];
    const checks: Array<[number, (ch: string) => boolean]> = [
      [LETTER, (ch) => /\p{L}/u.test(ch)],
      [DIGIT, (ch) => /\p{N}/u.test(ch)],
      [MARK, (ch) => /\p{M}/u.test(ch)],
      [UPPER, (ch) => /\p{Lu}/u.test(ch)],
      [SPACE, (ch) => /\s/u.test(ch)],
      [CAPITAL, isCapitalized],
    ];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const [bit, has] of checks) if (((unitClass(c) & bit) !== 0) !== has(ch)) wrong.push(`${c.toString(16)}:${bit}`);
    }
    expect(wrong).toEqual([]);
  });
});
