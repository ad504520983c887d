// The words of a text as the extractor's readers see them: a letter or digit, then letters,
// marks, digits and apostrophes, and parts joined by a hyphen ("Bà Rịa-Vũng Tàu", "COVID-19")
// or by "&" before a capital (a ministry's "GD&ĐT"); what
//   /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:(?:-|&(?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
// finds, read unit by unit from a table (chars.ts) instead: the regular expression costs more
// than all the rest of building a document. Text outside the Basic Multilingual Plane takes the
// regular expression.
import { DIGIT, LETTER, MARK, SURROGATE, UPPER, unitClass } from './chars.js';

export interface Word {
  start: number;
  end: number;
  text: string;
}

export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:(?:-|&(?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

const LN = LETTER | DIGIT;
const LMN = LETTER | MARK | DIGIT;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const AMPERSAND = 0x26;

/** The words of `text` in order (the matches of `WORD`). */
export function readWords(text: string): Word[] {
  return scanWords(text) ?? [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** null when the text holds a surrogate (a character outside the plane). */
function scanWords(text: string): Word[] | null {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = unitClass(text.charCodeAt(i));
    if ((k & SURROGATE) !== 0) return null;
    if ((k & LN) === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    // [\p{L}\p{M}\p{N}'’]*
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      // ASCII letters and digits first: most units of a word (a surrogate has none of LMN).
      if ((d >= 0x61 && d <= 0x7a) || (d >= 0x41 && d <= 0x5a) || (d >= 0x30 && d <= 0x39)) continue;
      const kd = unitClass(d);
      if ((kd & LMN) !== 0) continue;
      if ((kd & SURROGATE) !== 0) return null;
      if (d !== APOSTROPHE && d !== RIGHT_QUOTE) break;
    }
    // (?:(?:-|&(?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
    for (let j = text.charCodeAt(i); i + 1 < n && (j === HYPHEN || j === AMPERSAND); j = text.charCodeAt(i)) {
      const kd = unitClass(text.charCodeAt(i + 1));
      if ((kd & SURROGATE) !== 0) return null;
      if ((kd & (j === HYPHEN ? LN : UPPER)) === 0) break;
      i += 2;
      for (; i < n; i++) {
        const ke = unitClass(text.charCodeAt(i));
        if ((ke & SURROGATE) !== 0) return null;
        if ((ke & LMN) === 0) break;
      }
    }
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}
