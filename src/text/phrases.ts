// A word list compiled for reading a phrase at an offset of a folded text. A phrase can match
// at a position only when the run of letters and digits that starts there is the run its own
// first word starts with, so the phrases are grouped by that run and only one group's
// alternation is tried: the answer is the one a single alternation of every phrase would give
// (same order inside the group), at a fraction of the cost on a long list.
import { collapse, fold } from './fold.js';
import { phrasePatternIn } from './patterns.js';

const LEADING_RUN = /[\p{L}\p{N}]*/uy;

// Whether a UTF-16 unit of the Basic Multilingual Plane is a letter or digit (0: not asked yet, 1: yes, 2: no).
const LETTER_OR_DIGIT = new Uint8Array(0x10000);
const IS_LN = /[\p{L}\p{N}]/u;

/** Whether a UTF-16 unit outside the surrogate range is a letter or a digit (\p{L} or \p{N}). */
export function isLetterOrDigitUnit(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) return true;
  if (c < 0x80) return false;
  let v = LETTER_OR_DIGIT[c] ?? 0; // a UTF-16 unit: always in the table
  if (v === 0) LETTER_OR_DIGIT[c] = v = IS_LN.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * The words of `s` (runs of letters and digits) in lower case: what
 * `s.toLowerCase().match(/[\p{L}\p{N}]+/gu)` gives, without a regular expression.
 */
export function lowerWords(s: string): string[] {
  const low = s.toLowerCase();
  const out: string[] = [];
  let i = 0;
  while (i < low.length) {
    while (i < low.length && !isLetterOrDigitUnit(low.charCodeAt(i))) {
      if (isSurrogate(low.charCodeAt(i))) return low.match(/[\p{L}\p{N}]+/gu) ?? [];
      i++;
    }
    const start = i;
    while (i < low.length && isLetterOrDigitUnit(low.charCodeAt(i))) i++;
    if (i < low.length && isSurrogate(low.charCodeAt(i))) return low.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (i > start) out.push(low.slice(start, i));
  }
  return out;
}

/**
 * `lowerWords(s).length`, without making the words; with a `limit`, counting stops once past it
 * (the answer is then some number above `limit`, not the count).
 */
export function countLowerWords(s: string, limit = Infinity): number {
  // Lower-casing keeps every unit's being a letter or digit or not (a letter stays a letter, a
  // numeral a numeral) and its length, except "İ", which gains a combining dot: only then is
  // the lower case made.
  const low = s.indexOf('İ') < 0 ? s : s.toLowerCase();
  let n = 0;
  let inWord = false;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    if (isSurrogate(c)) return lowerWords(s).length;
    const ln = isLetterOrDigitUnit(c);
    if (ln && !inWord && ++n > limit) return n;
    inWord = ln;
  }
  return n;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** The run of letters and digits starting at `pos` (not memoised: for a caller that asks once per word). */
export function runAt(s: string, pos: number): string {
  let end = Math.max(0, pos);
  for (; end < s.length; end++) {
    const c = s.charCodeAt(end);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) break;
    if (c >= 0xd800 && c <= 0xdfff) {
      // Outside the plane: the regular expression reads code points.
      LEADING_RUN.lastIndex = pos;
      return LEADING_RUN.exec(s)?.[0] ?? '';
    }
    let v = LETTER_OR_DIGIT[c] ?? 0; // a UTF-16 unit: always in the table
    if (v === 0) LETTER_OR_DIGIT[c] = v = IS_LN.test(String.fromCharCode(c)) ? 1 : 2;
    if (v === 2) break;
  }
  return s.slice(Math.max(0, pos), end);
}

// Every list is asked at the same offsets of the same two texts (a document's fold and bare):
// the run at an offset is read once per text. Two slots, the texts of the document in hand.
const slots: Array<{ text: string; runs: Array<string | undefined> }> = [];

/** The run of letters and digits starting at `pos` (memoised for the two texts last asked). */
export function leadingRun(s: string, pos: number): string {
  if (pos < 0 || pos >= s.length) return runAt(s, pos);
  let slot = slots[0];
  if (slot?.text !== s) {
    slot = slots[1]?.text === s ? slots[1] : undefined;
    if (!slot) {
      slot = { text: s, runs: new Array<string | undefined>(s.length) };
      slots.unshift(slot);
      slots.length = Math.min(slots.length, 2);
    }
  }
  let run = slot.runs[pos];
  if (run === undefined) slot.runs[pos] = run = runAt(s, pos);
  return run;
}

// The first runs of every phrase set, numbered: a reader that looks up the run at each word of
// a text once (runId) then asks any number of sets by that number, with no string to hash.
const RUN_IDS = new Map<string, number>();
// The same numbers in an open-addressing table probed with a text's characters in place, so
// looking up the run at a word makes no string (runIdAt).
const RUNS: string[] = [];
let TABLE = new Int32Array(1 << 10).fill(-1);

function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function putInTable(id: number): void {
  const run = RUNS[id] as string;
  const mask = TABLE.length - 1;
  let b = hashRange(run, 0, run.length) & mask;
  while ((TABLE[b] ?? -1) !== -1) b = (b + 1) & mask;
  TABLE[b] = id;
}

function numberRun(run: string): number {
  const known = RUN_IDS.get(run);
  if (known !== undefined) return known;
  const id = RUNS.length;
  RUN_IDS.set(run, id);
  RUNS.push(run);
  // Kept at most 1/8 full: most words start no list's run, and a miss probes until an empty slot.
  if (RUNS.length * 8 > TABLE.length) {
    TABLE = new Int32Array(TABLE.length * 2).fill(-1);
    for (let i = 0; i < RUNS.length; i++) putInTable(i);
  } else putInTable(id);
  return id;
}

/** The number of `run` among the first runs of all phrase sets made so far; -1 when none starts with it. */
export function runId(run: string): number {
  return RUN_IDS.get(run) ?? -1;
}

/** `runId(runAt(s, pos))`, for 0 <= pos, without making the run's string. */
export function runIdAt(s: string, pos: number): number {
  // The run's end and its hash (hashRange's) in one pass: asked at every word of every document.
  let end = pos;
  let h = 0x811c9dc5;
  for (; end < s.length; end++) {
    const c = s.charCodeAt(end);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
      if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) break;
      if (c >= 0xd800 && c <= 0xdfff) return runId(runAt(s, pos));
      if (!isLetterOrDigitUnit(c)) break;
    }
    h = Math.imul(h ^ c, 0x01000193);
  }
  return idOfRange(s, pos, end - pos, h);
}

/** The number of the run `s.slice(pos, pos + length)`, whose hash (hashRange's, before `>>> 0`) is `h`; -1 when none. */
function idOfRange(s: string, pos: number, length: number, h: number): number {
  const table = TABLE;
  const mask = table.length - 1;
  for (let b = (h >>> 0) & mask; ; b = (b + 1) & mask) {
    const id = table[b] ?? -1;
    if (id === -1) return -1;
    const run = RUNS[id] as string;
    if (run.length !== length) continue;
    let k = 0;
    while (k < length && run.charCodeAt(k) === s.charCodeAt(pos + k)) k++;
    if (k === length) return id;
  }
}

/** The bare run's number found by the last `runIdPairAt`. */
let pairBare = -1;

/**
 * `runIdAt(f, pos)`, and `runIdAt(b, pos)` read by `pairBareId()` after it, in one pass: `f`
 * and `b` are a fold and its bare form (same length, a run of one a run of the other).
 */
export function runIdPairAt(f: string, b: string, pos: number): number {
  let end = pos;
  let hf = 0x811c9dc5;
  let hb = 0x811c9dc5;
  let same = true;
  for (; end < f.length; end++) {
    const c = f.charCodeAt(end);
    const d = b.charCodeAt(end);
    if (c === d) {
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
        if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) break;
        if (c >= 0xd800 && c <= 0xdfff) return separately(f, b, pos);
        if (!isLetterOrDigitUnit(c)) break;
      }
    } else {
      // Stripping a mark keeps a letter a letter; should it not, each run is read on its own.
      const ln = isLetterOrDigitUnit(c);
      if ((c >= 0xd800 && c <= 0xdfff) || (d >= 0xd800 && d <= 0xdfff) || ln !== isLetterOrDigitUnit(d)) return separately(f, b, pos);
      if (!ln) break;
      same = false;
    }
    hf = Math.imul(hf ^ c, 0x01000193);
    hb = Math.imul(hb ^ d, 0x01000193);
  }
  const id = idOfRange(f, pos, end - pos, hf);
  pairBare = same ? id : idOfRange(b, pos, end - pos, hb);
  return id;
}

function separately(f: string, b: string, pos: number): number {
  pairBare = runIdAt(b, pos);
  return runIdAt(f, pos);
}

/** The bare run's number of the last `runIdPairAt`. */
export function pairBareId(): number {
  return pairBare;
}

/** How many runs are numbered: numbers looked up before a new set was made are stale once this grows. */
export function runIdCount(): number {
  return RUN_IDS.size;
}

export class PhraseSet {
  private readonly groups = new Map<string, RegExp>();
  // By run number: an array read instead of a hashed look-up at every word, filled end to end
  // (one written only at scattered numbers would be kept as a dictionary).
  private readonly byId: Array<RegExp | null>;

  /**
   * `phrases` in the order an alternation would try them (the first that matches wins);
   * `f` is the form of the text searched (fold, or bare for typo-tolerant lists);
   * `after` is a pattern that must follow the phrase (whole words by default).
   */
  constructor(phrases: readonly string[], f: (s: string) => string = fold, after = '(?![\\p{L}\\p{N}])') {
    const byRun = new Map<string, string[]>();
    for (const p of phrases) {
      const run = runAt(collapse(f(p)), 0);
      const list = byRun.get(run) ?? [];
      list.push(phrasePatternIn(f, p));
      byRun.set(run, list);
    }
    const numbered: Array<[number, RegExp]> = [];
    for (const [run, patterns] of byRun) {
      const re = new RegExp(`(?:${patterns.join('|')})${after}`, 'uy');
      this.groups.set(run, re);
      numbered.push([numberRun(run), re]);
    }
    this.byId = new Array<RegExp | null>(numbered.reduce((n, [id]) => Math.max(n, id + 1), 0)).fill(null);
    for (const [id, re] of numbered) this.byId[id] = re;
  }

  /** The runs of letters the phrases start with. */
  get firstRuns(): IterableIterator<string> {
    return this.groups.keys();
  }

  /** Whether a phrase of the set may match at `pos`: one starts with the letters found there. */
  mayStartAt(text: string, pos: number): boolean {
    return this.groups.has(leadingRun(text, pos));
  }

  /** `mayStartAt` for a caller that knows `runId(leadingRun(text, pos))`. */
  mayStartWithRun(id: number): boolean {
    return id >= 0 && id < this.byId.length && this.byId[id] !== null;
  }

  /** `matchAt` for a caller that knows `id`, the number of the run at `pos` (`runId(leadingRun(text, pos))`). */
  matchWithRun(text: string, pos: number, id: number): string | null {
    const re = id >= 0 && id < this.byId.length ? this.byId[id] : null;
    if (!re) return null;
    re.lastIndex = pos;
    return re.exec(text)?.[0] ?? null;
  }

  /** The text of the phrase matching at `pos` of `text` (in the set's form), or null. */
  matchAt(text: string, pos: number): string | null {
    const re = this.groups.get(leadingRun(text, pos));
    if (!re) return null;
    re.lastIndex = pos;
    return re.exec(text)?.[0] ?? null;
  }
}
