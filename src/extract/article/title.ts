// The headline: the first headline-shaped line at the top of the cleaned text (a scraper may
// put the lead paragraph above it; that ends in a full stop and runs long).
import { isDateLine } from './publishedOn.js';

const TOP_LINES = 5;
const MAX_WORDS = 40;

export function findTitle(text: string): string | null {
  const lines = text
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .slice(0, TOP_LINES);
  return lines.find(isHeadlineShaped) ?? null;
}

export function isHeadlineShaped(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.length <= MAX_WORDS && !/[.!?…;:,]$/.test(line.trim()) && !isDateLine(line);
}
