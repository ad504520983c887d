// The by-line: the last paragraph, when it is a short run of capitalised names ("Thu Trang –
// Dương Thịnh", "Trần Thị Thúy (Văn phòng Thành ủy Hà Tĩnh)", "Tin, ảnh: Minh Hằng").
// Parenthesised affiliations are dropped; names split on dashes, commas and "và".
import { isCapitalized } from './text.js';

const MAX_LEN = 90;
const MAX_NAME_WORDS = 5;
const LABEL = /^(?:(?:tin|bài|ảnh|video|clip|nhóm\s+pv|pv|ctv)(?:\s*(?:,|và|\/|&)\s*(?:tin|bài|ảnh|video|clip))*\s*:\s*)/iu;

export interface Byline { authors: string[]; start: number; end: number }

export function findByline(text: string): Byline | null {
  const trimmed = text.replace(/\s+$/, '');
  const start = trimmed.lastIndexOf('\n') + 1;
  const line = trimmed.slice(start);
  const authors = parseByline(line);
  return authors ? { authors, start, end: trimmed.length } : null;
}

/** Author names of a by-line, or null when the line is not one. */
export function parseByline(line: string): string[] | null {
  let l = line.trim().replace(/\.\/\.$|\.$/, '').trim();
  if (l.length === 0 || l.length > MAX_LEN) return null;
  l = l.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(LABEL, '').trim();
  const parts = l.split(/\s*[–—\-,;&/]\s*|\s+và\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return null;
  for (const p of parts) {
    const ws = p.split(/\s+/);
    if (ws.length > MAX_NAME_WORDS || !ws.every((w) => isCapitalized(w) && /^[\p{L}.]+$/u.test(w))) return null;
  }
  return parts;
}
