// The article's published date: the date line (src/text/dateLine.ts) near its top or bottom.

import { parseDateLine } from '../../text/index.js';

// The recogniser lives in the text module (the cleaning stage needs it too); re-exported for this stage's readers.
export { parseDateLine, isDateLine } from '../../text/index.js';

const TOP_LINES = 8;
const BOTTOM_LINES = 3;

/** The first date line near the top, else one among the last lines; with its offsets. */
export function findPublishedOn(text: string): { date: string; start: number; end: number } | null {
  const lines: Array<{ line: string; start: number }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ line, start: offset });
    offset += line.length + 1;
  }
  for (const l of [...lines.slice(0, TOP_LINES), ...lines.slice(Math.max(TOP_LINES, lines.length - BOTTOM_LINES))]) {
    const date = parseDateLine(l.line);
    if (date) return { date, start: l.start, end: l.start + l.line.length };
  }
  return null;
}
