import type { Evidence } from '../core/extraction.js';
import type { Props } from './GraphBatch.js';

// Evidence is stored once: the Document keeps the cleaned text (its `text`), and each relationship
// the bounds of its sentence in that text (`sentenceStart`, `sentenceEnd`) beside the offsets of
// what was read (`start`, `end`). Copied onto every relationship, the sentences were 41% of the
// embedded engine's memory at 100k articles (issue 10; bench/results/evidence-memory.md).
// A sentence that is not in the text (evidence from elsewhere) keeps its copy (`sentence`), as do
// relationships written before (`kg migrate` and `kg import` move those to bounds); readers take either.

export interface SentenceBounds {
  sentenceStart: number;
  sentenceEnd: number;
}

/**
 * Where `sentence` lies in `text`: the occurrence that holds offset `at` (the evidence's start),
 * else the nearest one before it, else the first; null when the text does not hold it.
 */
export function sentenceBounds(text: string, sentence: string, at: number): SentenceBounds | null {
  if (sentence.length === 0) return null;
  let i = text.lastIndexOf(sentence, Math.max(0, at));
  if (i < 0) i = text.indexOf(sentence);
  return i < 0 ? null : { sentenceStart: i, sentenceEnd: i + sentence.length };
}

/**
 * The properties a relationship stores for its evidence, read from the document `text`. The key left
 * out is set to null, which `SET r += props` removes: a re-ingested document replaces what an older
 * extraction stored (a copy, or bounds), and a null is never stored.
 */
export function evidenceProps(documentId: string, text: string, e: Evidence): Props {
  const bounds = sentenceBounds(text, e.sentence, e.start);
  const offsets = { documentId, start: e.start, end: e.end };
  return bounds ? { ...offsets, ...bounds, sentence: null } : { ...offsets, sentence: e.sentence, sentenceStart: null, sentenceEnd: null };
}

/** A relationship's sentence: cut by its bounds from the document's text, else its own copy; null when neither. */
export function sentenceOf(rel: Readonly<Props>, text: string | null | undefined): string | null {
  const { sentenceStart: s, sentenceEnd: e } = rel;
  if (typeof s === 'number' && typeof e === 'number' && typeof text === 'string' && e <= text.length) return text.slice(s, e);
  return typeof rel.sentence === 'string' ? rel.sentence : null;
}

/** Whether a relationship's sentence is cut from its document's text (so the text must be read). */
export function hasSentenceBounds(rel: Readonly<Props>): boolean {
  return typeof rel.sentenceStart === 'number' && typeof rel.sentenceEnd === 'number';
}
