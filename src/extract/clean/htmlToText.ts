// Inputs may be raw HTML pages; the extractor reads plain text, one paragraph a line.
import { convert } from 'html-to-text';

const BLOCK_TAG = /<(?:html|body|div|p|article|section|h[1-6]|table|tr|li)\b[^>]*>/gi;

/** A page, not a text with a stray tag: a document tag, or several block tags. */
export function looksLikeHtml(raw: string): boolean {
  if (/<(?:!doctype\s+html|html|body)\b/i.test(raw)) return true;
  return (raw.match(BLOCK_TAG)?.length ?? 0) >= 3;
}

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    preserveNewlines: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
      { selector: 'ul', options: { itemPrefix: ' ' } },
    ],
  });
}

/** The page's headline: its first <h1>, else og:title, else <title>; tags and entities out. */
export function htmlHeadline(html: string): string | null {
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const og = /<meta[^>]+property=["']og:title["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  for (const c of [h1, og, title]) {
    if (!c) continue;
    const t = convert(c, { wordwrap: false }).replace(/\s+/g, ' ').trim().normalize('NFC');
    if (t) return t;
  }
  return null;
}
