// Pages often repeat a paragraph: the opening as a teaser after the by-line, a caption that
// restates the body. A paragraph counts once: exact repeats go, and so does a later paragraph
// whose word n-grams almost all occur earlier (a truncated or re-joined copy). Words are lower-cased
// by toLowerCase: per character it is the Vietnamese locale's (no tailoring for vi), and much cheaper.
import { countLowerWords, lowerWords } from '../../text/index.js';

const SHINGLE = 5;
const CONTAINED = 0.8;
const MIN_WORDS = 6;

/**
 * The runs of `n` consecutive words of `ws`, each as a key that is equal for two runs exactly
 * when their words are (what comparing the words joined by one space tells, as words hold no
 * space): the words numbered in `ids`, shared by the paragraphs of one article, and `n` numbers
 * packed into one number while they are small (10 bits each), else into a string of units.
 */
function shingles(ws: string[], ids: Map<string, number>, n: number): Array<number | string> {
  const out: Array<number | string> = [];
  if (ws.length < n) return out;
  const num = new Array<number>(ws.length);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as string;
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    num[i] = id;
  }
  for (let i = 0; i + n <= ws.length; i++) {
    let packed = 0;
    let small = n <= MAX_PACKED;
    for (let k = 0; k < n; k++) {
      const id = num[i + k] as number;
      if (id >= SMALL_ID) small = false;
      packed = packed * SMALL_ID + id;
    }
    if (small) out.push(packed);
    else {
      let key = '';
      for (let k = 0; k < n; k++) {
        const id = num[i + k] as number;
        key += String.fromCharCode(id & 0xffff, id >>> 16);
      }
      out.push(key);
    }
  }
  return out;
}
/** Word numbers below this pack up to MAX_PACKED of them exactly into one number (5 * 10 bits < 53). */
const SMALL_ID = 1024;
const MAX_PACKED = 5;

/** A paragraph's words, lower case (lowerWords), read only when asked: the body is long and seldom needs them. */
class Words {
  private list: string[] | null = null;
  private key: string | null = null;
  /** The number of words; with a `limit`, some number above it when there are more (countLowerWords). */
  readonly length: number;
  constructor(
    private readonly paragraph: string,
    limit = Infinity,
  ) {
    this.length = countLowerWords(paragraph, limit);
  }

  get words(): string[] {
    return (this.list ??= lowerWords(this.paragraph));
  }

  /** The words joined by one space: what is compared for an exact repeat. */
  get joined(): string {
    return (this.key ??= this.words.join(' '));
  }
}

/**
 * The paragraphs kept, for exact repeats: one is joined into its key only once a later
 * paragraph has as many words (most never meet one).
 */
class ExactRepeats {
  private readonly keys = new Map<number, Set<string>>();
  private readonly pending = new Map<number, Words[]>();
  /** The most words of a paragraph added. */
  longest = 0;

  add(ws: Words): void {
    this.longest = Math.max(this.longest, ws.length);
    const list = this.pending.get(ws.length);
    if (list) list.push(ws);
    else this.pending.set(ws.length, [ws]);
  }

  has(ws: Words): boolean {
    const waiting = this.pending.get(ws.length);
    let keys = this.keys.get(ws.length);
    if (!waiting && !keys) return false;
    if (!keys) this.keys.set(ws.length, (keys = new Set()));
    for (const w of waiting ?? []) keys.add(w.joined);
    this.pending.delete(ws.length);
    return keys.has(ws.joined);
  }
}

/**
 * Keeps paragraphs in order, dropping repeats. `keepLoose(i)` marks paragraphs (the headline
 * area) that only exact repeats may remove, so a headline restating the lead stays.
 */
export function dedupeParagraphs(paragraphs: string[], keepLoose: (index: number) => boolean = () => false): string[] {
  const seenExact = new ExactRepeats();
  const seenShingles = new Set<number | string>();
  const ids = new Map<string, number>();
  const kept: string[] = [];
  paragraphs.forEach((p, i) => {
    const last = i === paragraphs.length - 1;
    // The last paragraph (often the whole body on one line) is added for no later one: its words
    // are counted only as far as an earlier paragraph's count or the shingle test can reach.
    // Past that it repeats no paragraph and is contained in none (the test below needs at most
    // (seen + 1) / CONTAINED shingles).
    const ws = new Words(p, last ? Math.max(seenExact.longest, Math.ceil((seenShingles.size + 1) / CONTAINED) + SHINGLE) : Infinity);
    if (ws.length > 0 && seenExact.has(ws)) return;
    const count = Math.max(0, ws.length - SHINGLE + 1);
    // Contained means CONTAINED of its shingles seen before: impossible when fewer were seen at all
    // (the 1 keeps rounding on the safe side).
    if (ws.length >= MIN_WORDS && !keepLoose(i) && count > 0 && seenShingles.size >= CONTAINED * count - 1) {
      let hit = 0;
      for (const s of shingles(ws.words, ids, SHINGLE)) if (seenShingles.has(s)) hit++;
      if (hit / count >= CONTAINED) return;
    }
    if (ws.length > 0) seenExact.add(ws);
    // The last paragraph's shingles would be asked by no later one.
    if (i < paragraphs.length - 1) for (const s of shingles(ws.words, ids, SHINGLE)) seenShingles.add(s);
    kept.push(p);
  });
  return kept;
}
