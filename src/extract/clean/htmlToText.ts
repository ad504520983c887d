// Inputs may be raw HTML pages; the extractor reads plain text, one paragraph a line.
// One streaming pass of htmlparser2's tokenizer (no DOM, no recursion): time is linear in
// the page and nesting depth costs nothing but a counter, so a hostile page (thousands of
// unclosed tags) is refused in milliseconds instead of overflowing a tree walk.
import { Parser } from 'htmlparser2';

/** Larger than any article page of this genre (2 MiB is also the file limit); bounds the time of one parse. */
export const MAX_HTML_CHARS = 2 * 1024 * 1024;
/** Real pages nest a few dozen levels; thousands means generated or hostile markup. */
export const MAX_HTML_DEPTH = 512;

/** A page that is refused before or while it is parsed; the batch reports it and goes on. */
export class UnreadableHtml extends Error {
  constructor(reason: string) {
    super(`HTML not readable: ${reason}`);
    this.name = 'UnreadableHtml';
  }
}

// `[^<>]*` stops at the next '<', so a run of unclosed tags is scanned once, not once per tag.
const BLOCK_TAG = /<(?:html|body|div|p|article|section|h[1-6]|table|tr|li)\b[^<>]*>/gi;

/** A page, not a text with a stray tag: a document tag, or several block tags. */
export function looksLikeHtml(raw: string): boolean {
  if (/<(?:!doctype\s+html|html|body)\b/i.test(raw)) return true;
  let n = 0;
  BLOCK_TAG.lastIndex = 0;
  while (BLOCK_TAG.exec(raw)) if (++n >= 3) return true;
  return false;
}

/** Elements whose start and end break a line (paragraphs, headings, list items, table cells, …). */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'option',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Elements whose content is never article text. */
const SKIP = new Set(['head', 'script', 'style', 'nav', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'title', 'button']);

const MULTI_SPACE = /[\t\n\r\f]| {2}/;
/** Attributes one tag may carry: a long run of unclosed tags reads as one tag with countless attributes. */
const MAX_ATTRIBUTES = 256;

export interface HtmlPage {
  /** One block a line (empty lines between are possible). */
  text: string;
  /** First `<h1>`, else `og:title`, else `<title>`; null when none has text. */
  headline: string | null;
}

/** Text and headline of a page in one pass; throws UnreadableHtml when it is too large or too deep. */
export function readHtml(html: string): HtmlPage {
  if (html.length > MAX_HTML_CHARS) throw new UnreadableHtml(`page too large (${html.length} characters; at most ${MAX_HTML_CHARS})`);
  const out: string[] = [];
  let depth = 0;
  let skipping = 0; // open SKIP elements around the current position
  let h1: string[] | null = null;
  let h1Done = false;
  let title: string[] | null = null;
  let titleDone = false;
  let ogTitle: string | null = null;
  let refused: string | null = null;
  let attributes = 0;
  const refuse = (reason: string) => {
    refused ??= reason;
    parser.pause(); // stop tokenizing at once; the rest is not read
  };
  const parser = new Parser(
    {
      onopentagname() {
        attributes = 0;
      },
      onattribute() {
        if (++attributes > MAX_ATTRIBUTES) refuse(`a tag with more than ${MAX_ATTRIBUTES} attributes (unclosed tags?)`);
      },
      onopentag(name, attribs) {
        if (++depth > MAX_HTML_DEPTH) return refuse(`elements nested more than ${MAX_HTML_DEPTH} levels deep`);
        if (SKIP.has(name)) skipping++;
        if (BLOCK.has(name)) out.push('\n');
        if (name === 'h1' && !h1Done && h1 === null) h1 = [];
        if (name === 'title' && !titleDone && title === null) title = [];
        if (name === 'meta' && ogTitle === null && attribs.property === 'og:title' && attribs.content) ogTitle = attribs.content;
      },
      onclosetag(name) {
        depth--;
        if (SKIP.has(name) && skipping > 0) skipping--;
        if (BLOCK.has(name)) out.push('\n');
        if (name === 'h1' && h1 !== null && !h1Done) h1Done = true;
        if (name === 'title' && title !== null && !titleDone) titleDone = true;
      },
      ontext(data) {
        if (h1 !== null && !h1Done) h1.push(data);
        if (title !== null && !titleDone) title.push(data);
        // Only runs of HTML whitespace need rewriting; most text has none, and a replace per single space is slow on long texts.
        if (skipping === 0) out.push(MULTI_SPACE.test(data) ? data.replace(/[ \t\n\r\f]+/g, ' ') : data);
      },
    },
    // The tokenizer decodes with the `entities` package (as cleanText does for text scrapes): named,
    // decimal and hexadecimal references, and legacy names without their semicolon, in text and attributes
    // alike, so the headline needs no decoding of its own (test/unit/extract/clean/entities.test.ts).
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (refused) throw new UnreadableHtml(refused);
  const oneLine = (parts: string[] | null): string | null => {
    const t = parts?.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
    return t ? t : null;
  };
  const headline = oneLine(h1) ?? oneLine(ogTitle === null ? null : [ogTitle]) ?? oneLine(title);
  return { text: out.join(''), headline };
}

export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/** The page's headline: its first <h1>, else og:title, else <title>; tags and entities out. */
export function htmlHeadline(html: string): string | null {
  return readHtml(html).headline;
}
