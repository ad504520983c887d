// The cleaned text with its folded and bare forms (same length, so a match in either is an
// offset in the text) and its words, for the phrase-by-phrase readers of names and bodies.
import { bareOfFolded, fold, isCapitalized } from '../../text/index.js';

export interface Word { start: number; end: number; text: string }

export interface Doc {
  text: string;
  fold: string;
  bare: string;
  words: Word[];
  /** Index of the word starting at a char offset. */
  wordAt: Map<number, number>;
}

// "GD&ĐT", "VHTT&DL": a ministry's abbreviation joins its fields with "&" inside one word.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*(?:(?:-|&(?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function makeDoc(text: string): Doc {
  const words: Word[] = [];
  const wordAt = new Map<number, number>();
  for (const m of text.matchAll(WORD)) {
    wordAt.set(m.index, words.length);
    words.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const folded = fold(text);
  return { text, fold: folded, bare: bareOfFolded(folded), words, wordAt };
}

/** The word starting at `pos`, or after only spaces from `pos` (not across punctuation). */
export function nextWord(doc: Doc, pos: number): Word | null {
  const m = /^[ \t]*/.exec(doc.text.slice(pos, pos + 20));
  const at = pos + (m?.[0].length ?? 0);
  const i = doc.wordAt.get(at);
  return i === undefined ? null : doc.words[i] ?? null;
}

/** The word after `w` when only plain spaces separate them. */
export function following(doc: Doc, w: Word): Word | null {
  return nextWord(doc, w.end);
}

export const cap = (w: Word | null): boolean => w !== null && isCapitalized(w.text);

/** All-caps words (HĐND, UBND) are acronyms, not shouted text. */
export const isAcronym = (w: Word): boolean => w.text.length >= 2 && w.text === w.text.toLocaleUpperCase('vi') && /\p{L}/u.test(w.text);
