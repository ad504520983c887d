// The headline: the first headline-shaped line at the top of the cleaned text (a scraper may
// put the lead paragraph above it; that ends in a full stop and runs long).
import { isDateLine } from './publishedOn.js';
import { SPACE, unitClass } from '../../text/index.js';

const TOP_LINES = 5;
const MAX_WORDS = 40;

export function findTitle(text: string): string | null {
  // The first TOP_LINES lines that are not blank, read line by line (the text is not split whole).
  const lines: string[] = [];
  for (let at = 0; at <= text.length && lines.length < TOP_LINES;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const l = text.slice(at, end);
    if (l.trim().length > 0) lines.push(l);
    if (nl < 0) break;
    at = nl + 1;
  }
  return lines.find(isHeadlineShaped) ?? null;
}

export function isHeadlineShaped(line: string): boolean {
  const t = line.trim();
  const words = wordCountUpTo(t, MAX_WORDS + 1);
  return words >= 2 && words <= MAX_WORDS && !/[.!?…;:,]$/.test(t) && !isDateLine(line);
}

/** `t.split(/\s+/).length` for a trimmed `t`, counted no further than `limit`. */
function wordCountUpTo(t: string, limit: number): number {
  let n = 1;
  for (let i = 0; i < t.length && n < limit; i++) {
    if ((unitClass(t.charCodeAt(i)) & SPACE) === 0) continue;
    n++;
    while (i + 1 < t.length && (unitClass(t.charCodeAt(i + 1)) & SPACE) !== 0) i++;
  }
  return n;
}
