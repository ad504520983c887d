// Pages often repeat a paragraph: the opening as a teaser after the by-line, a caption that
// restates the body. A paragraph counts once: exact repeats go, and so does a later paragraph
// whose word n-grams almost all occur earlier (a truncated or re-joined copy). Words are lower-cased
// by toLowerCase: per character it is the Vietnamese locale's (no tailoring for vi), and much cheaper.
import { countLowerWords, isLetterOrDigitUnit, lowerWords } from '../../text/index.js';

const SHINGLE = 5;
const CONTAINED = 0.8;
const MIN_WORDS = 6;

/**
 * The words of one article numbered (equal numbers exactly for equal words), looked up by
 * their letters in place in an open-addressing table: numbering every word of every
 * paragraph is most of this module's work, and a word made into a string only to be hashed
 * by a Map cost more than the rest.
 */
class Vocabulary {
  private readonly words: string[] = [];
  // Slot -> word number + 1 (0: empty), for this article's words only (`stamp` says which slots are).
  private readonly table = scratchTable;

  /** The number of `s.slice(start, end)`, whose FNV-1a hash of its units is `h`. */
  idOf(s: string, start: number, end: number, h: number): number {
    const t = this.table;
    const mask = t.slots.length - 1;
    const length = end - start;
    let b = h & mask;
    for (; ; b = (b + 1) & mask) {
      if (t.stamps[b] !== t.generation) break;
      const id = t.slots[b] as number;
      const w = this.words[id] as string;
      if (w.length !== length) continue;
      let k = 0;
      while (k < length && w.charCodeAt(k) === s.charCodeAt(start + k)) k++;
      if (k === length) return id;
    }
    const id = this.words.length;
    this.words.push(s.slice(start, end));
    t.slots[b] = id;
    t.stamps[b] = t.generation;
    // Kept at most half full.
    if (this.words.length * 2 > t.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const t = this.table;
    t.resize(t.slots.length * 2);
    const mask = t.slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      const w = this.words[id] as string;
      let b = hash(w, 0, w.length) & mask;
      while (t.stamps[b] === t.generation) b = (b + 1) & mask;
      t.slots[b] = id;
      t.stamps[b] = t.generation;
    }
  }

  /** The numbers of the words of `paragraph` (the words `lowerWords` reads, in order). */
  number(paragraph: string): Int32Array {
    const low = paragraph.toLowerCase();
    // At most one word in two units (a word and the unit that ends it).
    const out = new Int32Array((low.length + 1) >> 1);
    let n = 0;
    let i = 0;
    while (i < low.length) {
      let c = low.charCodeAt(i);
      if (!isLetterOrDigitUnit(c)) {
        // Outside the plane: words read by lowerWords' regular expression.
        if (c >= 0xd800 && c <= 0xdfff) return this.numberWords(lowerWords(paragraph));
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      do {
        h = Math.imul(h ^ c, 0x01000193);
        c = ++i < low.length ? low.charCodeAt(i) : 0x20;
      } while (isLetterOrDigitUnit(c));
      if (c >= 0xd800 && c <= 0xdfff) return this.numberWords(lowerWords(paragraph));
      out[n++] = this.idOf(low, start, i, h >>> 0);
    }
    return out.subarray(0, n);
  }

  private numberWords(ws: string[]): Int32Array {
    const out = new Int32Array(ws.length);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as string;
      out[i] = this.idOf(w, 0, w.length, hash(w, 0, w.length));
    }
    return out;
  }
}

function hash(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Word numbers below this pack SHINGLE of them exactly into one number (5 * 10 bits < 53). */
const SMALL_ID = 1024;

/**
 * The runs of SHINGLE consecutive words seen, each kept as a key that is equal for two runs
 * exactly when their word numbers are: packed into one number while the numbers are small (in
 * a table of doubles, no number boxed), else a string of units.
 */
class Shingles {
  private readonly table = scratchShingles;
  private packedCount = 0;
  private readonly big = new Set<string>();

  get size(): number {
    return this.packedCount + this.big.size;
  }

  /** How many of the runs of `ids` were seen (each run counted as often as it occurs). */
  countSeen(ids: Int32Array): number {
    let hit = 0;
    for (let i = 0; i + SHINGLE <= ids.length; i++) {
      const packed = pack(ids, i);
      if (packed >= 0 ? this.slotOf(packed) < 0 : this.big.has(unpacked(ids, i))) hit++;
    }
    return hit;
  }

  addAll(ids: Int32Array): void {
    const t = this.table;
    for (let i = 0; i + SHINGLE <= ids.length; i++) {
      const packed = pack(ids, i);
      if (packed < 0) {
        this.big.add(unpacked(ids, i));
        continue;
      }
      const slot = this.slotOf(packed);
      if (slot < 0) continue;
      t.slots[slot] = packed;
      t.stamps[slot] = t.generation;
      if (++this.packedCount * 2 > t.slots.length) this.grow();
    }
  }

  /** -1 when `packed` is in the table, else the empty slot where it goes. */
  private slotOf(packed: number): number {
    const t = this.table;
    const mask = t.slots.length - 1;
    // Both halves of the number mixed (it needs 50 bits).
    let b = Math.imul((packed % 0x2000000) ^ Math.imul(Math.floor(packed / 0x2000000), 0x27d4eb2d), 0x9e3779b1) & mask;
    for (; ; b = (b + 1) & mask) {
      if (t.stamps[b] !== t.generation) return b;
      if (t.slots[b] === packed) return -1;
    }
  }

  private grow(): void {
    const t = this.table;
    const old = t.slots.slice();
    const oldStamps = t.stamps.slice();
    const generation = t.generation;
    t.resize(old.length * 2);
    for (let i = 0; i < old.length; i++) {
      if (oldStamps[i] !== generation) continue;
      const k = old[i] as number;
      const slot = this.slotOf(k);
      t.slots[slot] = k;
      t.stamps[slot] = t.generation;
    }
  }
}

/**
 * An open-addressing table kept from one article to the next (each starts a new generation
 * instead of clearing or allocating one): dedupe runs on every article, and making and filling
 * a fresh table each time cost as much as using it.
 */
class Scratch<T extends Int32Array | Float64Array> {
  stamps: Uint32Array;
  slots: T;
  generation = 1;
  constructor(
    size: number,
    private readonly make: (n: number) => T,
  ) {
    this.stamps = new Uint32Array(size);
    this.slots = make(size);
  }

  /** A fresh generation: every slot empty. */
  reset(): void {
    if (++this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** `size` slots, all empty (the generation after). */
  resize(size: number): void {
    this.stamps = new Uint32Array(size);
    this.slots = this.make(size);
    this.generation = 1;
  }
}

const scratchTable = new Scratch(1 << 10, (n) => new Int32Array(n));
const scratchShingles = new Scratch(1 << 11, (n) => new Float64Array(n));

/** The run of SHINGLE numbers at `i` packed into one number, or -1 when one is too large. */
function pack(ids: Int32Array, i: number): number {
  let packed = 0;
  for (let k = 0; k < SHINGLE; k++) {
    const id = ids[i + k] as number;
    if (id >= SMALL_ID) return -1;
    packed = packed * SMALL_ID + id;
  }
  return packed;
}

function unpacked(ids: Int32Array, i: number): string {
  let key = '';
  for (let k = 0; k < SHINGLE; k++) {
    const id = ids[i + k] as number;
    key += String.fromCharCode(id & 0xffff, id >>> 16);
  }
  return key;
}

/** A paragraph's words; the last one's only counted when made, and numbered only when asked: the body is long and seldom needs them. */
class Words {
  private list: Int32Array | null = null;
  private key: string | null = null;
  /** The number of words; with a `limit`, some number above it when there are more (countLowerWords). */
  readonly length: number;
  constructor(
    private readonly paragraph: string,
    private readonly vocabulary: Vocabulary,
    limit = Infinity,
  ) {
    // Unbounded, the words are numbered at once (every paragraph but the last adds its shingles): the count is theirs.
    if (limit === Infinity) {
      this.list = vocabulary.number(paragraph);
      this.length = this.list.length;
    } else this.length = countLowerWords(paragraph, limit);
  }

  get ids(): Int32Array {
    return (this.list ??= this.vocabulary.number(this.paragraph));
  }

  /** Equal for two paragraphs exactly when their words are: what is compared for an exact repeat. */
  get joined(): string {
    if (this.key === null) {
      let key = '';
      for (const id of this.ids) key += String.fromCharCode(id & 0xffff, id >>> 16);
      this.key = key;
    }
    return this.key;
  }
}

/**
 * The paragraphs kept, for exact repeats: one is keyed only once a later paragraph has as
 * many words (most never meet one).
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
  scratchTable.reset();
  scratchShingles.reset();
  const seenExact = new ExactRepeats();
  const seenShingles = new Shingles();
  const vocabulary = new Vocabulary();
  const kept: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    const last = i === paragraphs.length - 1;
    // The last paragraph (often the whole body on one line) is added for no later one: its words
    // are counted only as far as an earlier paragraph's count or the shingle test can reach.
    // Past that it repeats no paragraph and is contained in none (the test below needs at most
    // (seen + 1) / CONTAINED shingles).
    const ws = new Words(p, vocabulary, last ? Math.max(seenExact.longest, Math.ceil((seenShingles.size + 1) / CONTAINED) + SHINGLE) : Infinity);
    if (ws.length > 0 && seenExact.has(ws)) continue;
    const count = Math.max(0, ws.length - SHINGLE + 1);
    // Contained means CONTAINED of its shingles seen before: impossible when fewer were seen at all
    // (the 1 keeps rounding on the safe side).
    if (ws.length >= MIN_WORDS && !keepLoose(i) && count > 0 && seenShingles.size >= CONTAINED * count - 1) {
      if (seenShingles.countSeen(ws.ids) / count >= CONTAINED) continue;
    }
    if (ws.length > 0) seenExact.add(ws);
    // The last paragraph's shingles would be asked by no later one.
    if (!last) seenShingles.addAll(ws.ids);
    kept.push(p);
  }
  return kept;
}
