// Raw article (plain text or HTML) to the cleaned text every Evidence offset points into:
// NFC, one paragraph a line separated by a blank line, page furniture out, repeats once.
import { decodeHTML } from 'entities';
import { htmlHeadline, htmlToText, looksLikeHtml } from './htmlToText.js';
import { isDateLine } from '../../text/index.js';
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
    // Stray tags and entities in a text scrape. entities' decodeHTML is the decoder htmlparser2 runs on
    // pages, so a scrape and a page read every form alike: named, numeric (&#7897; &#x1ED9;), and the
    // legacy named ones without their semicolon (&amp &nbsp), as HTML itself reads text. NFC again:
    // a numeric entity may be a combining mark (o&#770; is ô).
    text = decodeHTML(text.replace(/<\/?[a-z][^<>]{0,200}>/gi, ' ')).normalize('NFC');
  }
  // Spaces made plain and runs of them made one over the whole text, then split: neither touches
  // a line break, so each line is what it would be done line by line (once, not per line).
  const all = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t\u200B]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .split('\n')
    .map((l) => l.trim())
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
  // `line.split(' ').length <= 40`, counted only that far (the line may be the whole body).
  let spaces = 0;
  for (let i = line.indexOf(' '); i >= 0 && spaces < 40; i = line.indexOf(' ', i + 1)) spaces++;
  return spaces < 40 && !/[.!?…]$/.test(line);
}

/** In a page, what comes before the headline is navigation; only a date line there is kept. */
function fromHeadline(lines: string[], headline: string | null): string[] {
  if (!headline) return lines;
  const k = headline.toLowerCase(); // the 'vi' locale has no special casing
  const at = lines.findIndex((l) => l.toLowerCase() === k);
  if (at <= 0) return at === 0 ? lines : [headline, ...lines];
  return [...lines.slice(0, at).filter(isDateLine), ...lines.slice(at)];
}
