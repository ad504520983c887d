// Page furniture (menus, counters, related-news lists) recognised by line; the words live in data/article/furniture.json.
import furniture from '../data/article/furniture.json' with { type: 'json' };

const key = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');

const dropLines = new Set(furniture.dropLines.map(key));
const dropPrefixes = furniture.dropLinePrefixes.map(key);
const cutLines = new Set(furniture.cutFromLines.map(key));

/** A whole line that is furniture and nothing else. */
export function isFurnitureLine(line: string): boolean {
  const k = key(line);
  return dropLines.has(k) || dropPrefixes.some((p) => k.startsWith(p));
}

/** A heading after which the page holds only other articles, comments or counters. */
export function isCutLine(line: string): boolean {
  const k = key(line).replace(/[:.]+$/, '');
  return cutLines.has(k);
}
