// Regular-expression pieces for rules that search folded text (fold.ts): escaping, whole-word
// bounds, and phrases of the word lists (src/extract/data/**) as patterns.
import { collapse, fold } from './fold.js';
import { DIGIT, LETTER, unitClass } from './chars.js';

/** Escapes every character a RegExp gives a meaning to. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters or digits on neither side: a whole-word match. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * A phrase as a pattern over text in the form `f` gives (folded by default): the phrase is put
 * in that form, any run of spaces matches its spaces, and a dash standing alone matches a dash
 * of any width. Both tone placements of the phrase and of the text fold to one, so "Toạ đàm" in
 * the list finds "Tọa đàm" in the text and the other way round.
 */
export function phrasePattern(phrase: string): string {
  return phrasePatternIn(fold, phrase);
}

/** `phrasePattern` over text in another form, such as `bare` for typo-tolerant lists. */
export function phrasePatternIn(f: (s: string) => string, phrase: string): string {
  return collapse(f(phrase))
    .split(' ')
    .map((w) => (w === '-' || w === '–' || w === '—' ? '[-–—]' : escapeRe(w)))
    .join('\\s+');
}

/** Longest first, so an alternation prefers "Hội nghị trực tuyến" to "Hội nghị". */
export const byLength = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

/** One alternation of phrases as patterns (no group around it), longest phrase first. */
export function phraseAlternation(phrases: readonly string[], f: (s: string) => string = fold): string {
  return byLength(phrases)
    .map((p) => phrasePatternIn(f, p))
    .join('|');
}

const LETTER_CP = /\p{L}/u;
const LETTER_OR_DIGIT_CP = /[\p{L}\p{N}]/u;

/** Whether the code point before offset `i` of `s` is a letter (or, with `digits`, a letter or digit). */
export function letterBefore(s: string, i: number, digits = false): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return (digits ? LETTER_OR_DIGIT_CP : LETTER_CP).test(s.slice(i - 2, i));
  }
  return (unitClass(c) & (digits ? LETTER | DIGIT : LETTER)) !== 0;
}

/**
 * Every match of `re` (global, never empty) in `s` with no letter before it (with `digits`, no
 * letter or digit): what `s.matchAll(re)` finds when `re` opens with (?<![\p{L}]) (or
 * WORD_START). Without the look-behind the engine skips to the places its first letters occur;
 * with it, it tries the look-behind at every offset.
 */
export function matchesAfterBoundary(re: RegExp, s: string, digits = false): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (!letterBefore(s, m.index, digits)) out.push(m);
    else re.lastIndex = m.index + 1;
  }
  return out;
}
