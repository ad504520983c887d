// Party terms (khóa) and congress numbers (lần thứ): Roman as written, Arabic turned to Roman.
import { LEXICON } from './lexicon.js';

const ROMAN: Array<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let out = '';
  let rest = n;
  for (const [v, s] of ROMAN)
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  return out;
}

/** A term written as Roman ("XII", "xii") or Arabic ("12"), as upper-case Roman; null otherwise. */
export function termOf(written: string): string | null {
  if (/^\d{1,2}$/.test(written)) {
    const n = Number(written);
    return n > 0 && n < 40 ? toRoman(n) : null;
  }
  return /^[ivxl]+$/i.test(written) ? written.toUpperCase() : null;
}

/** Pattern for a term token in folded text. */
export const TERM_PATTERN = '([ivxl]{1,7}|\\d{1,2})(?![\\p{L}\\p{N}])';

/** A plenum number written as digits or an ordinal word ("tư", "mười hai"). */
export function plenumNumber(written: string): number | null {
  if (/^\d{1,2}$/.test(written)) return Number(written);
  return LEXICON.ordinals[written.replace(/\s+/g, ' ')] ?? null;
}

export const ORDINAL_PATTERN = Object.keys(LEXICON.ordinals)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/ /g, '\\s+'))
  .join('|');
