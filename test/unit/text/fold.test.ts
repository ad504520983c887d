import fc from 'fast-check';
import { bare, bareKey, capitalizeFirst, fold, isCapitalized, key, otherTonePlacement } from '../../../src/text/index.js';

// The two folds the extractors used before they shared this one, as references: the directive
// reader's (dashes as "-", toLowerCase) and the article reader's (toLocaleLowerCase('vi'), dashes
// kept). The shared fold must give the first exactly, and the second up to dashes.
const PAIRS: Record<string, string> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
function directiveFold(s: string): string {
  let out = '';
  for (const ch of s) {
    const low = ch === '–' || ch === '—' ? '-' : ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out.replace(/(?<!q)[ou][àáảãạèéẻẽẹỳýỷỹỵ](?![\p{L}])/gu, (p) => PAIRS[p] ?? p);
}
function articleFold(s: string): string {
  let out = '';
  for (const ch of s) {
    const low = ch.toLocaleLowerCase('vi');
    out += low.length === ch.length ? low : ch;
  }
  return out.replace(/(?<!q)[ou][àáảãạèéẻẽẹỳýỷỹỵ](?![\p{L}])/gu, (p) => PAIRS[p] ?? p);
}

// Text like the corpus: Vietnamese letters in both cases, tone pairs, dashes, and the few
// characters whose lower case is special (İ longer, Σ final sigma).
const CHARS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯYàáảãạòóỏõọùúủũụỳýỷỹỵèéẻẽẹÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ  ,.-–—/()“”0123456789İΣσ\nǅẞ😀'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }).map((cs) => cs.join(''));

describe('fold', () => {
  it('is the directive reader’s fold, and the article reader’s up to dashes, on any text', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(fold(s)).toBe(directiveFold(s));
        expect(fold(s)).toBe(articleFold(s).replace(/[–—]/g, '-'));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the length of its input, so offsets carry over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(fold(s).length).toBe(s.length);
        expect(bare(s).length).toBe(s.length);
      }),
    );
    expect(fold('İstanbul Σ ΟΔΟΣ').length).toBe('İstanbul Σ ΟΔΟΣ'.length);
  });

  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['Toạ đàm', 'Tọa đàm'],
    ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
    ['khoá XIII', 'khóa XIII'],
    ['Đại uý', 'Đại úy'],
    ['hoè', 'hòe'],
    ['Thuỵ', 'Thụy'],
  ])('folds the old placement %s and the new %s to one', (old, neu) => {
    expect(fold(old)).toBe(fold(neu));
    expect(fold(old)).toBe(neu.toLowerCase());
  });

  it.each(['hoàn thành', 'quý 3', 'toàn quốc', 'kế hoạch', 'quỹ', 'thuyền', 'khoảng'])('leaves %s, written one way only', (s) => {
    expect(fold(s)).toBe(s.toLowerCase());
  });

  it('writes every dash as "-"', () => {
    expect(fold('Lao động – Thương binh — Xã hội')).toBe('lao động - thương binh - xã hội');
    expect(fold('05 – CT/TW')).toBe('05 - ct/tw');
  });

  it('lower-cases as the Vietnamese locale does, one character at a time', () => {
    expect(fold('ĐẢNG ỦY HUYỆN')).toBe('đảng ủy huyện');
    // Final sigma is not applied: the per-character lower case of Σ is σ.
    expect(fold('ΟΔΟΣ')).toBe('οδοσ');
  });
});

describe('bare', () => {
  it('drops every diacritic, đ included, from the fold', () => {
    expect(bare('Giám độc Sở')).toBe(bare('Giám đốc Sở'));
    expect(bare('Đảng ủy – Hoà')).toBe('dang uy - hoa');
  });
});

describe('key', () => {
  it('is NFC, folded and single-spaced, so the ways of writing one name agree', () => {
    expect(key('Uỷ ban  nhân\tdân')).toBe('ủy ban nhân dân');
    expect(key('Ủy ban nhân dân'.normalize('NFD'))).toBe('ủy ban nhân dân');
    expect(key(' Hoà Bình ')).toBe(key('Hòa Bình'));
    expect(bareKey('Giám  độc')).toBe('giam doc');
  });
});

describe('otherTonePlacement', () => {
  it('writes a phrase in each placement, keeping the case of each letter', () => {
    expect(otherTonePlacement('Tọa đàm')).toEqual({ old: 'Toạ đàm', new: 'Tọa đàm' });
    expect(otherTonePlacement('Uỷ BAN THUỶ')).toEqual({ old: 'Uỷ BAN THUỶ', new: 'Ủy BAN THỦY' });
    expect(otherTonePlacement('quý hoàn')).toEqual({ old: 'quý hoàn', new: 'quý hoàn' });
  });
});

describe('letter case', () => {
  it.each([
    ['Đà', true],
    ['đà', false],
    ['HĐND', true],
    ['1a', false],
    ['', false],
  ])('isCapitalized(%s) is %s', (w, yes) => {
    expect(isCapitalized(w)).toBe(yes);
  });
  it('capitalizes the first letter only', () => {
    expect(capitalizeFirst('ủy ban Nhân')).toBe('Ủy ban Nhân');
  });
});
