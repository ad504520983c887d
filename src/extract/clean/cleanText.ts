// Raw article (plain text or HTML) to the cleaned text every Evidence offset points into:
// NFC, one paragraph a line separated by a blank line, page furniture out, repeats once.
import { htmlToText, looksLikeHtml } from './htmlToText.js';
import { isCutLine, isFurnitureLine } from './furniture.js';
import { dedupeParagraphs } from './dedupeParagraphs.js';

/** The headline is the first headline-like line among these; only an exact repeat removes it. */
const HEAD_LINES = 4;
/** A cut heading counts only once some body text has been seen (a menu at the top is no end). */
const MIN_BODY_BEFORE_CUT = 200;

export function cleanText(raw: string): string {
  let text = raw.normalize('NFC').replace(/^\uFEFF/, '');
  if (looksLikeHtml(text)) text = htmlToText(text).normalize('NFC');
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00A0\u2007\u202F\t\u200B]/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);

  const body: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen >= MIN_BODY_BEFORE_CUT && isCutLine(line)) break;
    if (isFurnitureLine(line)) continue;
    body.push(line);
    seen += line.length;
  }
  const headline = body.slice(0, HEAD_LINES).findIndex(isHeadlineLike);
  return dedupeParagraphs(body, (i) => i === headline).join('\n\n');
}

function isHeadlineLike(line: string): boolean {
  const n = line.split(' ').length;
  return n <= 40 && !/[.!?…]$/.test(line);
}
