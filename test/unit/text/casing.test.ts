// The extractor lower- and upper-cases with toLowerCase/toUpperCase where the Vietnamese locale
// is meant: Unicode's language-sensitive case mappings are only for Lithuanian, Turkish and
// Azeri, so 'vi' gives the same for every character, in every context this checks.
describe("casing in the 'vi' locale", () => {
  it('is toLowerCase and toUpperCase for every code point, alone and beside letters that have context rules', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      for (const s of [ch, `A${ch}`, `${ch}a`, `Σ${ch}`, `${ch}Σ`, `I${ch}\u0307`]) {
        if (s.toLocaleLowerCase('vi') !== s.toLowerCase() || s.toLocaleUpperCase('vi') !== s.toUpperCase()) wrong.push(c);
      }
    }
    expect(wrong).toEqual([]);
  });
});
