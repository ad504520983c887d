import { extractArticle } from '../extract/extractArticle.js';
import { toGraphBatch } from '../graph/toGraphBatch.js';
import type { GraphBatch } from '../graph/GraphBatch.js';

/** One article's text → the rows that store it (pure: runs on the main thread or in a worker). */
export function articleBatch(source: string, text: string): GraphBatch {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new Error(`binary content (NUL character at position ${nul}), not text`);
  const extraction = extractArticle(source, text);
  if (extraction.text.trim().length === 0) throw new Error('no article text after cleaning');
  return toGraphBatch(extraction);
}
