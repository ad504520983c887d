// Page furniture (menus, counters, related-news lists) recognised by line; the words live in data/article/furniture.json.
import furniture from '../data/article/furniture.json' with { type: 'json' };
import { MARK, SPACE, isSurrogateUnit, unitClass } from '../../text/index.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// toLowerCase is what the 'vi' locale gives (Vietnamese has no special casing), without the locale look-up.
const toKey = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
// cleanText asks isCutLine and isFurnitureLine of the same line: its key is made once.
let keyedLine: string | null = null;
let keyOfLine = '';
const key = (s: string): string => {
  if (s !== keyedLine) {
    keyOfLine = toKey(s);
    keyedLine = s;
  }
  return keyOfLine;
};
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const dropLines = new Set(furniture.dropLines.map(key));
const dropPrefixes = furniture.dropLinePrefixes.map(key);
// Asked of every line: only the prefixes opening with the line's first unit can start it.
const prefixesByFirst = new Map<number, string[]>();
for (const p of dropPrefixes) prefixesByFirst.set(p.charCodeAt(0), [...(prefixesByFirst.get(p.charCodeAt(0)) ?? []), p]);
const EMPTY_PREFIX = dropPrefixes.includes('');
/** `dropPrefixes.some((p) => k.startsWith(p))`. */
const hasDropPrefix = (k: string): boolean => EMPTY_PREFIX || (k.length > 0 && (prefixesByFirst.get(k.charCodeAt(0))?.some((p) => k.startsWith(p)) ?? false));
const cutLines = furniture.cutFromLines.map(key);
const MAX_CUT_PREFIX_LINE = 40;
const CRUMB = new RegExp(`\\s(?:${furniture.breadcrumbSeparators.map(esc).join('|')})\\s`, 'gu');

// A long line of plain text (single spaces, no loose combining marks) keys to about its own
// length: longer than any furniture line or crumb trail, so only its start needs a key.
const LONG_LINE = 400;
const HEAD = 100;
const NOT_PLAIN = /[^\S ]| {2}|\p{M}/u;
const plainLong = (line: string): boolean => line.length > LONG_LINE && isPlain(line);

// cleanText asks isCutLine then isFurnitureLine of the same long line: it is read once.
let plainLine: string | null = null;
let plainOfLine = false;
function isPlain(line: string): boolean {
  if (line !== plainLine) {
    plainOfLine = readPlain(line);
    plainLine = line;
  }
  return plainOfLine;
}

/** `!NOT_PLAIN.test(line)`, read unit by unit: no white space but single spaces, no combining mark. */
function readPlain(line: string): boolean {
  let space = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 0x80) {
      if (c >= 0x09 && c <= 0x0d) return false;
      continue;
    }
    if (isSurrogateUnit(c)) return !NOT_PLAIN.test(line);
    if ((unitClass(c) & (SPACE | MARK)) !== 0) return false;
  }
  return true;
}

// A plain line keys to at least its length less the two spaces trim may take: one longer
// than every whole furniture line and than a crumb trail is decided by its start alone, like a long one.
const MAX_CRUMB_LINE = 120;
const KEYED_LINE = Math.max(MAX_CRUMB_LINE, ...[...dropLines].map((l) => l.length)) + 2;
// Likewise a line whose key, without its final stops, is longer than any cut heading is none.
const CUT_KEYED_LINE = Math.max(MAX_CUT_PREFIX_LINE, ...cutLines.map((l) => l.length)) + 2;

/** How many ':' and '.' end `line` (isCutLine's key drops them). */
function trailingStops(line: string): number {
  let i = line.length;
  while (i > 0 && (line.charCodeAt(i - 1) === 0x3a || line.charCodeAt(i - 1) === 0x2e)) i--;
  return line.length - i;
}

/** A whole line that is furniture and nothing else (also a breadcrumb "Trang chủ > Tin tức > …"). */
export function isFurnitureLine(line: string): boolean {
  if (line.length > KEYED_LINE && isPlain(line)) {
    const head = key(line.slice(0, HEAD));
    return hasDropPrefix(head);
  }
  const k = key(line);
  if (dropLines.has(k) || hasDropPrefix(k)) return true;
  return k.length < MAX_CRUMB_LINE && !/[.!?]$/.test(k) && (k.match(CRUMB)?.length ?? 0) >= 1;
}

/** A heading after which the page holds only other articles, comments or counters. */
export function isCutLine(line: string): boolean {
  if (plainLong(line)) return false;
  if (line.length - trailingStops(line) > CUT_KEYED_LINE && isPlain(line)) return false;
  const k = key(line).replace(/[:.]+$/, '');
  return cutLines.some((c) => k === c || (k.length <= MAX_CUT_PREFIX_LINE && k.startsWith(c) && !LETTER_OR_DIGIT.test(k.charAt(c.length))));
}
