// The extractor lower- and upper-cases with toLowerCase/toUpperCase where the Vietnamese locale
// is meant: Unicode's language-sensitive case mappings are only for Lithuanian, Turkish and
// Azeri, so 'vi' gives the same for every character of the plane, and for every cased
// character beyond it; cased characters and marks also beside letters with context rules.
describe("casing in the 'vi' locale", () => {
  it('is toLowerCase and toUpperCase', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      const cased = ch.toLowerCase() !== ch || ch.toUpperCase() !== ch;
      if (c >= 0x10000 && !cased) continue;
      for (const s of cased || /\p{M}/u.test(ch) ? [ch, `A${ch}`, `${ch}a`, `Σ${ch}`, `${ch}Σ`, `I${ch}\u0307`] : [ch]) {
        if (s.toLocaleLowerCase('vi') !== s.toLowerCase() || s.toLocaleUpperCase('vi') !== s.toUpperCase()) wrong.push(c);
      }
    }
    expect(wrong).toEqual([]);
  });
});
