// Sentence boundaries, for evidence and for the rules that read one sentence at a time. A
// sentence ends at a line break, or at . ! ? … (with a "/." sign-off and closing quotes or
// brackets) followed by space and a capital, a digit, an opening quote, or a bracket opening
// on a capital; also at a "/" standing for a full stop and at a stop whose space was lost (below).
// Dates ("5.3.2020"), số ký hiệu and short title abbreviations ("TP. Hà Tĩnh", "ThS.") do not end one.
import type { Span } from './span.js';
import { LETTER, SPACE, SURROGATE, unitClass } from './chars.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const LETTERS_AT_END = /([\p{L}]+)$/u;

const ABBREVIATIONS = new Set(['tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'tx', 'tt', 'q', 'p']);
// A "/" between a word and a capitalised word is a full stop ("… xem xét, kết luận/ Theo đó, …"):
// a số ký hiệu ("05-CT/TW", "19/2017/NĐ-CP"), a date ("19/7/2017") or a paired abbreviation
// ("Sở GD/ĐT") writes no space after it and letters or digits, not a lower-case word end, before it.
// A stop whose space was lost ("… năm 2017.Tại buổi làm việc, …") still ends one after a
// lower-case word or a year; not after a capital ("TP.Hồ Chí Minh") nor a known abbreviation.
const END =
  /\n|[.!?…]+(?:\/\.)?[”"»)]*(?=\s+(?:[\p{Lu}\p{N}“"«]|\((?=[\p{Lu}\p{N}])))|\/(?<=\p{Ll}\/)(?=\s+\p{Lu}\p{Ll})|\.(?<=(?:\p{Ll}\p{Ll}|\d\d\d\d)\.)(?=\p{Lu}\p{Ll})/gu;

// The rules of one article ask again and again for the sentences of the same text.
let cacheText: string | null = null;
let cacheSpans: Span[] = [];

/** The sentences of `text`, in order, trimmed, none empty. */
export function sentenceSpans(text: string): Span[] {
  if (cacheText === text) return cacheSpans;
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m[0] !== '\n' && isAbbreviation(text, m.index)) continue;
    pushTrimmed(spans, text, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  pushTrimmed(spans, text, start, text.length);
  cacheText = text;
  cacheSpans = spans;
  return spans;
}

// A module function, not a closure per call: tsx (esbuild's keepNames) names every closure made, at a cost.
function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && (unitClass(text.charCodeAt(s)) & SPACE) !== 0) s++;
  while (e > s && (unitClass(text.charCodeAt(e - 1)) & SPACE) !== 0) e--;
  if (e > s) spans.push({ start: s, end: e });
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text.charAt(dot) !== '.') return false;
  // The letters ending the six units before the dot (LETTERS_AT_END on them), read back unit by unit.
  const from = Math.max(0, dot - 6);
  let i = dot;
  for (; i > from; i--) {
    const k = unitClass(text.charCodeAt(i - 1));
    if ((k & SURROGATE) !== 0) {
      const before = LETTERS_AT_END.exec(text.slice(from, dot));
      return before !== null && ABBREVIATIONS.has((before[1] ?? '').toLowerCase());
    }
    if ((k & LETTER) === 0) break;
  }
  return i < dot && ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

/** Index of the last span starting at or before `offset` (-1 when none); spans are sorted. */
function lastStartingBy(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? Infinity) <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The sentence holding `offset`: the last one starting at or before it (the whole text when none does). */
export function sentenceSpanAt(text: string, offset: number): Span {
  const spans = sentenceSpans(text);
  const i = lastStartingBy(spans, offset);
  return spans[i] ?? { start: 0, end: text.length };
}

/** The span of `spans` covering `at`, else the first one after it, else null. */
export function spanCovering(spans: Span[], at: number): Span | null {
  const i = lastStartingBy(spans, at);
  const span = spans[i];
  if (span && at < span.end) return span;
  return spans[i + 1] ?? null;
}
