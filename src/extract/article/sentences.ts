// Sentence spans of the cleaned text, for evidence: the extractor's one splitter (src/text/sentences.ts).
import { sentenceSpans, spanCovering, type Span } from '../../text/index.js';

export { sentenceSpans, type Span };

/** The sentence around offset `at` (the whole text when none covers it or follows it). */
export function sentenceAt(text: string, spans: Span[], at: number): string {
  const s = spanCovering(spans, at);
  return s ? text.slice(s.start, s.end) : text;
}
