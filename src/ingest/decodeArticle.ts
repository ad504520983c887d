import chardet from 'chardet';
import iconv from 'iconv-lite';
import { binaryKind } from './binaryKind.js';

/** An input that cannot be read as an article; the batch reports it and goes on. */
export class RejectedInput extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = 'RejectedInput';
  }
}

/** Articles of this genre are a few KB; anything far larger is not one article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * Bytes → text. UTF-8 (with or without BOM) when the bytes are valid UTF-8;
 * otherwise the legacy encoding chardet detects (Vietnamese pages still come in
 * windows-1258 or UTF-16), decoded by iconv-lite. Documents of other formats
 * (PDF, Office, archives, images: known by their first bytes, whatever the
 * name), a NUL anywhere, and oversized input are rejected with a reason.
 */
export function decodeArticle(source: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new RejectedInput(source, 'empty file');
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new RejectedInput(source, `too large (over ${MAX_ARTICLE_BYTES} bytes; an article is at most ${MAX_ARTICLE_BYTES})`);
  }
  const kind = binaryKind(bytes);
  if (kind) throw new RejectedInput(source, `binary content (${kind}), not text`);
  const utf16 = utf16Encoding(bytes);
  if (utf16) return withoutNul(source, iconv.decode(bytes, utf16));
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new RejectedInput(source, `binary content (NUL byte at offset ${nul}), not text`);
  if (manyControls(bytes)) throw new RejectedInput(source, 'binary content (control characters), not text');
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return utf8.decode(bytes);
  } catch {
    const detected = chardet.detect(bytes);
    if (!detected || !iconv.encodingExists(detected)) throw new RejectedInput(source, 'unknown text encoding');
    return iconv.decode(bytes, detected);
  }
}

/** A text given as a string (a JSON Lines record, a GraphQL argument): the same NUL and size rules as a file. */
export function checkArticleText(source: string, text: string): string {
  if (text.trim().length === 0) throw new RejectedInput(source, 'empty text');
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_BYTES) {
    throw new RejectedInput(source, `too large (over ${MAX_ARTICLE_BYTES} bytes; an article is at most ${MAX_ARTICLE_BYTES})`);
  }
  return withoutNul(source, text);
}

function withoutNul(source: string, text: string): string {
  const at = text.indexOf('\u0000');
  if (at >= 0) throw new RejectedInput(source, `binary content (NUL character at position ${at}), not text`);
  return text;
}

function utf16Encoding(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Many control characters in the first 8 KB: not text, even without a NUL. */
function manyControls(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  return control / head.length > 0.1;
}
