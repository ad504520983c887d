// Matching key for Vietnamese text with the same length as the input, so offsets found in the
// folded text index the original: lower case, one dash, and the two tone placements of open syllables
// ("uỷ"/"ủy", "hoá"/"hóa") brought to the first. Patterns are folded the same way before use;
// words written inside regular expressions use the folded spelling ("ủy", "khóa").
const TONE_PAIRS: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};

export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    // Dashes of every width are one: "Lao động – Thương binh", "05 – CT/TW".
    const low = ch === '–' || ch === '—' ? '-' : ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  // Only open syllables vary ("hoà"/"hòa"); "toàn", "hoạch", "quý" are written one way.
  return out.replace(/(?<!q)[ou][àáảãạèéẻẽẹỳýỷỹỵ](?![\p{L}])/gu, (pair) => TONE_PAIRS[pair] ?? pair);
}

/** Escapes a folded phrase for a RegExp, letting any run of spaces match one space. */
export function phrasePattern(phrase: string): string {
  return fold(phrase)
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/** Letters or digits on neither side: a whole-word match. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';
