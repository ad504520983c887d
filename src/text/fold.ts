// Matching forms of Vietnamese text. `fold` and `bare` keep the length of their input, so an
// offset found in the folded text indexes the original: rules search the fold and slice the
// text. The two tone placements of an open syllable ("hoà"/"hòa", "thuỷ"/"thủy", "Toạ"/"Tọa")
// fold to one, the tone on the first vowel (the placement of the 2018 spelling rules); the
// syllables written one way in both ("hoàn", "quý", "toàn") stay as they are.

import { CAPITAL, unitClass } from './chars.js';
import { boundedMemo } from './memo.js';

// Old placement (tone on the second vowel) → new placement, for the syllable ends that vary.
const TONE_PAIRS: Record<string, string> = {
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
const NEW_TO_OLD: Record<string, string> = Object.fromEntries(Object.entries(TONE_PAIRS).map(([o, n]) => [n, o]));

// Only open syllables vary: no letter after the pair, and not "qu" + vowel ("quý" is q-u-ý).
const OLD_PLACEMENT = /(?<!q)[ou][àáảãạèéẻẽẹỳýỷỹỵ](?!\p{L})/gu;
const DASHES = /[–—]/g;

/**
 * Lower case, every dash as "-", one tone placement; same length as the input. Lower-casing is
 * per character (a character whose lower case is longer, "İ", stays as it is), which is what
 * `toLowerCase` of the whole string gives except for "İ" and the final-sigma rule of "Σ":
 * only text holding one of those takes the slow path.
 */
export function fold(s: string): string {
  let low: string;
  if (s.indexOf('İ') < 0 && s.indexOf('Σ') < 0) low = s.toLowerCase();
  else {
    low = '';
    for (const ch of s) {
      const l = ch.toLowerCase();
      low += l.length === ch.length ? l : ch;
    }
  }
  return low.replace(DASHES, '-').replace(OLD_PLACEMENT, (pair) => TONE_PAIRS[pair] ?? pair);
}

// Per character: the letter without its marks when that keeps the length ("ế" → "e", "đ" → "d").
const bareChar = new Map<string, string>();
function bareOf(ch: string): string {
  let b = bareChar.get(ch);
  if (b === undefined) {
    const stripped = ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/\p{M}/gu, '');
    b = stripped.length === ch.length ? stripped : ch;
    bareChar.set(ch, b);
  }
  return b;
}
// eslint-disable-next-line no-control-regex -- every code unit outside ASCII, NUL included on purpose
const NON_ASCII = /[^\x00-\x7f]/gu;
// The same per UTF-16 unit of the Basic Multilingual Plane, filled as characters are met (0: not yet).
const BARE_UNIT = new Uint16Array(0x10000);
const UTF16 = new TextDecoder('utf-16le');

/** `fold` without diacritics, same length: typo-tolerant matching ("Giám độc" ~ "Giám đốc"). */
export function bare(s: string): string {
  return bareOfFolded(fold(s));
}

/** `bare` of a text already folded (saves folding a whole document twice). */
export function bareOfFolded(folded: string): string {
  const units = new Uint16Array(folded.length);
  let changed = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if (c < 0x80) {
      units[i] = c;
      continue;
    }
    // A character outside the plane is two units: the slower path, by code point.
    if (c >= 0xd800 && c <= 0xdfff) return folded.replace(NON_ASCII, bareOf);
    let b = BARE_UNIT[c] ?? 0; // c < 0x10000: always in the table
    if (b === 0) BARE_UNIT[c] = b = bareOf(String.fromCharCode(c)).charCodeAt(0);
    units[i] = b;
    if (b !== c) changed = true;
  }
  return changed ? UTF16.decode(units) : folded;
}

/** Runs of white space as one space, trimmed. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

const keyOf = (s: string): string => collapse(fold(s.normalize('NFC')));
// key() is asked again and again for the same names while people and bodies are merged.
const memoKey = boundedMemo(keyOf);

/** Matching key: NFC, folded, single spaces ("Ủy ban  nhân dân" and "uỷ ban nhân dân" agree). */
export function key(s: string): string {
  return s.length > 200 ? keyOf(s) : memoKey(s);
}

/** `key` without diacritics. */
export function bareKey(s: string): string {
  return collapse(bare(s.normalize('NFC')));
}

/** The same text with every varying syllable in the other tone placement (for tests and checks). */
export function otherTonePlacement(s: string): { old: string; new: string } {
  const nfc = s.normalize('NFC');
  const swap = (re: RegExp, table: Record<string, string>) =>
    nfc.replace(re, (pair) => {
      const lower = pair.toLowerCase();
      const to = table[lower];
      if (!to) return pair;
      // Keep the case of each letter.
      return [...to].map((c, i) => (pair[i] === lower[i] ? c : c.toUpperCase())).join('');
    });
  return {
    old: swap(/(?<![qQ])(?:[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY])(?!\p{L})/gu, NEW_TO_OLD),
    new: swap(/(?<![qQ])[ouOU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ](?!\p{L})/gu, TONE_PAIRS),
  };
}

/** First letter upper case, the rest as written; single characters only, so `vi` rules change nothing. */
// `c !== c.toLowerCase() && c === c.toUpperCase()` of the first unit, read from the table of
// units (CAPITAL is that test, made once per unit): asked of nearly every word.
export function isCapitalized(word: string): boolean {
  return word.length > 0 && (unitClass(word.charCodeAt(0)) & CAPITAL) !== 0;
}

export function capitalizeFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Per UTF-16 unit of the Basic Multilingual Plane: 1 lower or other letter, 2 upper-case letter, 3 no letter (0: not yet).
const LETTER_KIND = new Uint8Array(0x10000);
function letterKind(c: number): number {
  let k = LETTER_KIND[c] ?? 0; // c < 0x10000: always in the table
  if (k === 0) {
    const ch = String.fromCharCode(c);
    LETTER_KIND[c] = k = /\p{Lu}/u.test(ch) ? 2 : /\p{L}/u.test(ch) ? 1 : 3;
  }
  return k;
}

/** How many letters `s` holds, and how many of them are upper case (by code point). */
export function letterCounts(s: string): { letters: number; upper: number } {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      return { letters: s.match(/\p{L}/gu)?.length ?? 0, upper: s.match(/\p{Lu}/gu)?.length ?? 0 };
    }
    if (c < 0x80) {
      // ASCII: the letters are A-Z and a-z.
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      }
      continue;
    }
    const k = letterKind(c);
    if (k !== 3) {
      letters++;
      if (k === 2) upper++;
    }
  }
  return { letters, upper };
}

/**
 * Whether `s.slice(start, end)` holds more than `minLetters` letters and more than `share` of
 * them upper case: `letters > minLetters && upper / letters > share` of `letterCounts`, read
 * only until the rest of the range could no longer make it so (most lines are lower case).
 */
export function mostlyUpperCase(s: string, start: number, end: number, minLetters: number, share: number): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const counts = letterCounts(s.slice(start, end));
      return counts.letters > minLetters && counts.upper / counts.letters > share;
    }
    if (c < 0x80) {
      if (c >= 0x61 && c <= 0x7a) letters++;
      else if (c >= 0x41 && c <= 0x5a) {
        letters++;
        upper++;
      }
    } else {
      const k = letterKind(c);
      if (k !== 3) {
        letters++;
        if (k === 2) upper++;
      }
    }
    // Every unit left an upper-case letter at most: the share it could still reach (checked
    // now and then; the margin keeps rounding on the safe side).
    if ((i & 127) === 0) {
      const most = upper + (end - i - 1);
      const lower = letters - upper;
      if (most / (most + lower) < share - 1e-6) return false;
    }
  }
  return letters > minLetters && upper / letters > share;
}
