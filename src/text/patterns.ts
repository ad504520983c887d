// Regular-expression pieces for rules that search folded text (fold.ts): escaping, whole-word
// bounds, and phrases of the word lists (src/extract/data/**) as patterns.
import { collapse, fold } from './fold.js';

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
