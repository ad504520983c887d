// Raw article (plain text or HTML) to the cleaned text every Evidence offset points into:
// NFC, one paragraph a line separated by a blank line, page furniture out, repeats once.
import { htmlHeadline, htmlToText, looksLikeHtml } from './htmlToText.js';
import { isDateLine } from '../article/publishedOn.js';
import { isCutLine, isFurnitureLine } from './furniture.js';
import { dedupeParagraphs } from './dedupeParagraphs.js';

/** The headline is the first headline-like line among these; only an exact repeat removes it. */
const HEAD_LINES = 4;
/** A cut heading counts only once some body text has been seen (a menu at the top is no end). */
const MIN_BODY_BEFORE_CUT = 200;

export function cleanText(raw: string): string {
  let text = raw.normalize('NFC').replace(/^\uFEFF/, '');
  let headline: string | null = null;
  if (looksLikeHtml(text)) {
    headline = htmlHeadline(text);
    text = htmlToText(text).normalize('NFC');
  } else {
    text = decodeEntities(text.replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')); // stray tags and entities in a text scrape
  }
  const all = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00A0\u2007\u202F\t\u200B]/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);
  const lines = fromHeadline(all, headline);

  const body: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen >= MIN_BODY_BEFORE_CUT && isCutLine(line)) break;
    if (isFurnitureLine(line)) continue;
    body.push(line);
    seen += line.length;
  }
  const headlineAt = body.slice(0, HEAD_LINES).findIndex(isHeadlineLike);
  return dedupeParagraphs(body, (i) => i === headlineAt).join('\n\n');
}

function isHeadlineLike(line: string): boolean {
  const n = line.split(' ').length;
  return n <= 40 && !/[.!?…]$/.test(line);
}

/** In a page, what comes before the headline is navigation; only a date line there is kept. */
function fromHeadline(lines: string[], headline: string | null): string[] {
  if (!headline) return lines;
  const k = headline.toLocaleLowerCase('vi');
  const at = lines.findIndex((l) => l.toLocaleLowerCase('vi') === k);
  if (at <= 0) return at === 0 ? lines : [headline, ...lines];
  return [...lines.slice(0, at).filter(isDateLine), ...lines.slice(at)];
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', hellip: '…', ndash: '–', mdash: '—', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’' };

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d{2,6});/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]{2,6});/gi, (_m, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, n: string) => ENTITIES[n.toLowerCase()] ?? m);
}
