// Sentence bounds for citation evidence: the extractor's one splitter (src/text/sentences.ts).
import type { Evidence } from '../../core/extraction.js';
import { sentenceSpanAt, sentenceSpans, type Span } from '../../text/index.js';

export { sentenceSpans, sentenceSpanAt, type Span };

/** The sentence holding `offset`, as evidence whose start/end are the sentence bounds. */
export function sentenceAt(text: string, offset: number): Evidence {
  const s = sentenceSpanAt(text, offset);
  return { start: s.start, end: s.end, sentence: text.slice(s.start, s.end) };
}

/** Evidence for the span [start, end) with the sentence that holds its start. */
export function evidenceFor(text: string, start: number, end: number): Evidence {
  return { start, end, sentence: sentenceAt(text, start).sentence };
}
