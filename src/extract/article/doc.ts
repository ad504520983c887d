// The cleaned text with its folded and bare forms (same length, so a match in either is an
// offset in the text) and its words, for the phrase-by-phrase readers of names and bodies.
import { bareOfFolded, fold, isCapitalized, pairBareId, readWords, runIdAt, runIdCount, runIdPairAt, type Word } from '../../text/index.js';
import type { OrgMatch } from './orgParser.js';

export type { Word };

/** Index of the word starting at each offset of a text (a typed array: asked at nearly every word by every reader). */
export class WordIndex {
  /** Index + 1 per offset; 0 (as allocated) where no word starts. */
  private readonly at: Int32Array;
  constructor(length: number, words: readonly Word[]) {
    this.at = new Int32Array(length);
    for (let i = 0; i < words.length; i++) this.at[(words[i] as Word).start] = i + 1;
  }

  /** The index of the word starting at `offset`, or undefined. */
  get(offset: number): number | undefined {
    const i = this.at[offset];
    return i === undefined || i === 0 ? undefined : i - 1;
  }
}

export interface Doc {
  text: string;
  fold: string;
  bare: string;
  words: Word[];
  /** Index of the word starting at a char offset. */
  wordAt: WordIndex;
  /** Filled by `wordRuns` on first use. */
  runs?: WordRuns;
  /**
   * What each word list finds at each word, by list number then word index (undefined: not
   * asked yet): every reader asks the same lists at the same words, so each is read once.
   */
  hits: Array<Array<PhraseHit | null | undefined> | undefined>;
  /** The body named at each offset, by `orgKey` (parseOrgAt is asked at the same offsets by every reader). */
  orgs: Map<number, OrgMatch | null>;
  /** Which lines are shouted (all capitals), filled by organizations.ts on first use. */
  shouted?: ShoutedLines;
}

/** Where each line of a document starts, and which lines are shouted, read line by line when first asked. */
export interface ShoutedLines {
  /** Start of each line, in order (the first at 0). */
  starts: number[];
  /** Per line: 0 not read yet, 1 shouted, 2 not. */
  shouted: Uint8Array;
  /** The line asked last (words are asked in text order). */
  last: number;
}

/** What a word list found at an offset (lexicon.ts). */
export interface PhraseHit {
  canonical: string;
  start: number;
  end: number;
}

/** Per word, the number (`runId`) of the run of letters and digits it starts with in the fold and in the bare form. */
export interface WordRuns {
  count: number;
  fold: Int32Array;
  bare: Int32Array;
}

/**
 * The runs every word starts with, looked up once per document: the phrase lists are asked at
 * nearly every word, several times over, and answer by number (src/text/phrases.ts).
 */
export function wordRuns(doc: Doc): WordRuns {
  const count = runIdCount();
  if (doc.runs?.count === count) return doc.runs;
  const n = doc.words.length;
  const folded = new Int32Array(n);
  const bared = doc.bare === doc.fold ? folded : new Int32Array(n);
  const { fold: f, bare: b } = doc;
  const words = doc.words;
  if (bared === folded) for (let i = 0; i < n; i++) folded[i] = runIdAt(f, (words[i] as Word).start);
  else
    for (let i = 0; i < n; i++) {
      // Both runs in one pass (the bare form differs from the fold only where a mark was stripped).
      folded[i] = runIdPairAt(f, b, (words[i] as Word).start);
      bared[i] = pairBareId();
    }
  doc.runs = { count, fold: folded, bare: bared };
  return doc.runs;
}

export function makeDoc(text: string): Doc {
  const words = readWords(text);
  const wordAt = new WordIndex(text.length, words);
  const folded = fold(text);
  return { text, fold: folded, bare: bareOfFolded(folded), words, wordAt, hits: [], orgs: new Map(), shouted: undefined };
}

/**
 * `fold(doc.text.slice(0, end))` without folding again: the document's fold cut at `end`, when
 * the cut is at the end or after a white-space character (no letter pair spans it, so folding
 * the part alone gives the same), else folded anew.
 */
export function foldBefore(doc: Doc, end: number): string {
  if (end >= doc.text.length) return end === doc.text.length ? doc.fold : fold(doc.text.slice(0, end));
  if (end <= 0) return fold(doc.text.slice(0, end));
  const c = doc.text.charCodeAt(end - 1);
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d ? doc.fold.slice(0, end) : fold(doc.text.slice(0, end));
}

/** Index of the first word starting at or after `pos` (words.length when none does). */
export function firstWordFrom(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.words[mid] as Word).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word starting at `pos`, or after only spaces from `pos` (not across punctuation). */
export function nextWord(doc: Doc, pos: number): Word | null {
  let at = pos;
  if (pos >= 0) {
    // Up to 20 spaces or tabs, counted in place (no slice: asked after nearly every word).
    const limit = Math.min(pos + 20, doc.text.length);
    for (let c = doc.text.charCodeAt(at); at < limit && (c === 0x20 || c === 0x09); c = doc.text.charCodeAt(++at));
  } else {
    const m = /^[ \t]*/.exec(doc.text.slice(pos, pos + 20));
    at = pos + (m?.[0].length ?? 0);
  }
  const i = doc.wordAt.get(at);
  return i === undefined ? null : (doc.words[i] ?? null);
}

/** The word after `w` when only plain spaces separate them. */
export function following(doc: Doc, w: Word): Word | null {
  return nextWord(doc, w.end);
}

export const cap = (w: Word | null): boolean => w !== null && isCapitalized(w.text);

/** All-caps words (HĐND, UBND) are acronyms, not shouted text. */
// Vietnamese has no special casing: toUpperCase/toLowerCase are what the 'vi' locale gives
// (test/unit/text/casing.test.ts), without the locale look-up at each call.
export const isAcronym = (w: Word): boolean => w.text.length >= 2 && w.text === w.text.toUpperCase() && HAS_LETTER.test(w.text);
// Patterns used in hot functions are made once (a literal with \p{…} is rebuilt at every call once compiled by esbuild, as tsx does).
const HAS_LETTER = /\p{L}/u;
