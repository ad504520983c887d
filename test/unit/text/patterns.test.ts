import fc from 'fast-check';
import {
  bare,
  countLowerWords,
  escapeRe,
  fold,
  leadingRun,
  lowerWords,
  phraseAlternation,
  phrasePattern,
  phrasePatternIn,
  PhraseSet,
  runAt,
  runId,
  runIdAt,
} from '../../../src/text/index.js';

describe('escapeRe', () => {
  it('makes any string match itself literally', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(new RegExp(`^${escapeRe(s)}$`, 'u').test(s)).toBe(true);
      }),
    );
  });
});

describe('phrasePattern', () => {
  const whole = (phrase: string, text: string) => new RegExp(`^(?:${phrasePattern(phrase)})$`, 'u').test(fold(text));
  it('matches the folded phrase with any run of spaces', () => {
    expect(whole('Ban Tuyên giáo', 'ban   tuyên\ngiáo')).toBe(true);
    expect(whole('Ban Tuyên giáo', 'Ban Tuyên giá')).toBe(false);
  });
  it('matches both tone placements, of the phrase and of the text', () => {
    expect(whole('Tọa đàm', 'Toạ đàm')).toBe(true);
    expect(whole('Toạ đàm', 'Tọa đàm')).toBe(true);
    expect(whole('Ủy ban nhân dân', 'UỶ BAN NHÂN DÂN')).toBe(true);
  });
  it('escapes what a phrase may hold and lets a lone dash be any dash', () => {
    expect(whole('PGS.TS', 'pgs.ts')).toBe(true);
    expect(whole('PGS.TS', 'pgsxts')).toBe(false);
    expect(whole('Kinh tế - Xã hội', 'Kinh tế – Xã hội')).toBe(true);
    expect(whole('đ/c', 'Đ/c')).toBe(true);
  });
  it('reads another form when asked (bare: a slipped diacritic still matches)', () => {
    expect(new RegExp(`^${phrasePatternIn(bare, 'Giám đốc')}$`, 'u').test(bare('Giám độc'))).toBe(true);
  });
});

describe('PhraseSet', () => {
  const phrases = ['Phó Chủ tịch', 'Chủ tịch', 'Chủ tịch UBND', 'Bí thư', 'PGS.TS', 'ông', 'Ủy viên', 'Đ/c', 'Kinh tế - Xã hội'];
  const single = new RegExp(`(?:${phraseAlternation(phrases)})(?![\\p{L}\\p{N}])`, 'uy');
  const set = new PhraseSet([...phrases].sort((a, b) => b.length - a.length));
  const words = [...phrases, 'chủ', 'tịch', 'UBND', 'ôngbà', 'x', ',', 'Phó', 'uỷ viên', 'PGS', '.', 'TS', '–'];
  it('answers at every offset what one alternation of all its phrases answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(' ', '  ', ''), (ws, sep) => {
        const f = fold(ws.join(sep));
        for (let pos = 0; pos <= f.length; pos++) {
          single.lastIndex = pos;
          expect(set.matchAt(f, pos)).toBe(single.exec(f)?.[0] ?? null);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('finds whole words only', () => {
    expect(set.matchAt(fold('ông bà'), 0)).toBe('ông');
    expect(set.matchAt(fold('ôngbà'), 0)).toBeNull();
    expect(set.matchAt(fold('Chủ tịch UBND tỉnh'), 0)).toBe('chủ tịch ubnd');
  });
});

describe('lowerWords and the letter runs', () => {
  it('are what the regular expressions give, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }), (a, b) => {
        for (const s of [a, b, a + b]) {
          expect(lowerWords(s)).toEqual(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
          expect(countLowerWords(s)).toBe(lowerWords(s).length);
          for (let pos = 0; pos <= s.length; pos++) {
            const re = /[\p{L}\p{N}]*/uy;
            re.lastIndex = pos;
            expect(leadingRun(s, pos)).toBe(re.exec(s)?.[0] ?? '');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('run numbers', () => {
  it('runIdAt reads in place the number runId gives the run at an offset', () => {
    const set = new PhraseSet(['Chủ tịch', 'Bí thư', 'ông', '2 tháng', 'Ủy viên']);
    expect([...set.firstRuns].every((r) => runId(r) >= 0)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('chủ', 'tịch', 'bí', 'thư', 'ông', 'ôngbà', '2', ' ', '.', 'ủy', 'x', '😀'), { maxLength: 10 }), (ws) => {
        const f = fold(ws.join(''));
        for (let pos = 0; pos <= f.length; pos++) {
          expect(runIdAt(f, pos)).toBe(runId(runAt(f, pos)));
          expect(set.matchWithRun(f, pos, runIdAt(f, pos))).toBe(set.matchAt(f, pos));
        }
      }),
      { numRuns: 300 },
    );
  });
});
