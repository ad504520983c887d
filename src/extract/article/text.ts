// Small text helpers shared by the article readers: matching keys and letter case.

const TONE_OF: Record<string, string> = {
  'à': '\u0300', 'á': '\u0301', 'ả': '\u0309', 'ã': '\u0303', 'ạ': '\u0323',
  'è': '\u0300', 'é': '\u0301', 'ẻ': '\u0309', 'ẽ': '\u0303', 'ẹ': '\u0323',
  'ỳ': '\u0300', 'ý': '\u0301', 'ỷ': '\u0309', 'ỹ': '\u0303', 'ỵ': '\u0323',
};
const BASE_OF: Record<string, string> = { 'à': 'a', 'á': 'a', 'ả': 'a', 'ã': 'a', 'ạ': 'a', 'è': 'e', 'é': 'e', 'ẻ': 'e', 'ẽ': 'e', 'ẹ': 'e', 'ỳ': 'y', 'ý': 'y', 'ỷ': 'y', 'ỹ': 'y', 'ỵ': 'y' };

// Old-style "oá/uỷ" puts the tone on the second vowel, the new style on the first; only at a
// syllable's end ("hoàn" is the same in both) and not after "q" ("quý").
function moveTone(v: string, toned: string): string {
  const base = BASE_OF[toned];
  const tone = TONE_OF[toned];
  if (!base || !tone) return v + toned;
  if (v === 'o' && base === 'y') return v + toned;
  if (v === 'u' && base !== 'y') return v + toned;
  return (v + tone).normalize('NFC') + base;
}

/** Lower case and one tone placement, same length as the input (offsets carry over). */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) {
    const low = ch.toLocaleLowerCase('vi');
    out += low.length === ch.length ? low : ch;
  }
  return out.replace(/(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gu, (_m, v: string, t: string) => moveTone(v, t));
}

/** `fold` without diacritics, same length: typo-tolerant matching ("Giám độc" ~ "Giám đốc"). */
export function bare(s: string): string {
  let out = '';
  for (const ch of fold(s)) {
    const b = ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += b.length === ch.length ? b : ch;
  }
  return out;
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

// key() is asked again and again for the same names while people and bodies are merged;
// a bounded memo keeps that linear in practice, even on a long hostile input.
const keyMemo = new Map<string, string>();

/** Matching key: NFC, lower case, one tone placement ("uỷ"→"ủy", "hoá"→"hóa"), single spaces. */
export function key(s: string): string {
  if (s.length > 200) return collapse(fold(s.normalize('NFC')));
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size > 50_000) keyMemo.clear();
    k = collapse(fold(s.normalize('NFC')));
    keyMemo.set(s, k);
  }
  return k;
}

export function bareKey(s: string): string {
  return collapse(bare(s.normalize('NFC')));
}

export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLocaleLowerCase('vi') && c === c.toLocaleUpperCase('vi');
}

export function capitalizeFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern over folded text: any run of spaces matches, hyphens may be spaced. */
export function phrasePattern(phrase: string, f: (s: string) => string = fold): string {
  return collapse(f(phrase))
    .split(' ')
    .map((w) => (w === '-' || w === '–' ? '[-–—]' : escapeRe(w)))
    .join('\\s+');
}
