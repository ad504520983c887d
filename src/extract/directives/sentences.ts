// Sentence boundaries for evidence. A sentence ends at a line break, or at . ! ? … (with any
// closing quotes or "/.") followed by space and a capital, digit or opening quote. Dates
// ("5.3.2020") and short title abbreviations ("TP. Hà Tĩnh", "ThS.") do not end one.
import type { Evidence } from '../../core/extraction.js';

export interface Span { start: number; end: number }

const ABBREVIATIONS = new Set(['tp', 'ths', 'ts', 'pgs', 'gs', 'bs', 'ks', 'tx', 'tt', 'q', 'p']);

let cacheText: string | null = null;
let cacheSpans: Span[] = [];

export function sentenceSpans(text: string): Span[] {
  if (cacheText === text) return cacheSpans;
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const endRe = /\n|(?:[.!?…]+(?:\/\.)?[”"»)]*)(?=\s+[\p{Lu}\p{N}“"«])/gu;
  for (let m = endRe.exec(text); m; m = endRe.exec(text)) {
    if (m[0] !== '\n' && isAbbreviation(text, m.index)) continue;
    push(m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(text.length);
  cacheText = text;
  cacheSpans = spans;
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, dot - 6), dot));
  return before !== null && text[dot] === '.' && ABBREVIATIONS.has((before[1] ?? '').toLowerCase());
}

/** Bounds of the sentence holding `offset` (the nearest one when it falls between sentences). */
export function sentenceSpanAt(text: string, offset: number): Span {
  const spans = sentenceSpans(text);
  let best: Span = { start: 0, end: text.length };
  for (const s of spans) {
    if (s.start > offset) break;
    best = s;
  }
  return best;
}

/** The sentence holding `offset`, as evidence whose start/end are the sentence bounds. */
export function sentenceAt(text: string, offset: number): Evidence {
  const s = sentenceSpanAt(text, offset);
  return { start: s.start, end: s.end, sentence: text.slice(s.start, s.end) };
}

/** Evidence for the span [start, end) with the sentence that holds its start. */
export function evidenceFor(text: string, start: number, end: number): Evidence {
  return { start, end, sentence: sentenceAt(text, start).sentence };
}
