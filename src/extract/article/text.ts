// Small text helpers shared by the article readers: matching keys and letter case.

/** Matching key: NFC, lower case, one tone placement ("uỷ"→"ủy", "hoá"→"hóa"), single spaces. */
export function key(s: string): string {
  return s
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!q)([ou])([àáảãạèéẻẽẹỳýỷỹỵ])(?![\p{L}])/gu, (_m, v: string, t: string) => moveTone(v, t));
}

const TONE_OF: Record<string, string> = {
  'à': '\u0300', 'á': '\u0301', 'ả': '\u0309', 'ã': '\u0303', 'ạ': '\u0323',
  'è': '\u0300', 'é': '\u0301', 'ẻ': '\u0309', 'ẽ': '\u0303', 'ẹ': '\u0323',
  'ỳ': '\u0300', 'ý': '\u0301', 'ỷ': '\u0309', 'ỹ': '\u0303', 'ỵ': '\u0323',
};
const BASE_OF: Record<string, string> = { 'à': 'a', 'á': 'a', 'ả': 'a', 'ã': 'a', 'ạ': 'a', 'è': 'e', 'é': 'e', 'ẻ': 'e', 'ẽ': 'e', 'ẹ': 'e', 'ỳ': 'y', 'ý': 'y', 'ỷ': 'y', 'ỹ': 'y', 'ỵ': 'y' };

// Old-style "oá/uỷ" puts the tone on the second vowel; the new style on the first.
function moveTone(v: string, toned: string): string {
  const base = BASE_OF[toned];
  const tone = TONE_OF[toned];
  if (!base || !tone) return v + toned;
  if (v === 'o' && base === 'y') return v + toned;
  if (v === 'u' && base !== 'y') return v + toned;
  return (v + tone).normalize('NFC') + base;
}

/** Key without diacritics, for typo-tolerant matching of titles ("Giám độc" → "Giám đốc"). */
export function bareKey(s: string): string {
  return key(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLocaleLowerCase('vi') && c === c.toLocaleUpperCase('vi');
}

export function capitalizeFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
