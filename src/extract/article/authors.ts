// The by-line: the last paragraph, when it is a short run of capitalised names ("Thu Trang –
// Dương Thịnh", "Trần Thị Thúy (Văn phòng Thành ủy Hà Tĩnh)", "Tin, ảnh: Minh Hằng").
// Parenthesised affiliations are dropped; names split on dashes, commas and "và".
import { isCapitalized } from './text.js';
import { isDateLine } from './publishedOn.js';
import { SPACE, unitClass } from '../../text/index.js';
import { parseOrgPrefix as parseOrgName } from './organizations.js';
import { isSurname } from './lexicon.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const AGENCY_CODE = /^[\p{Lu}]{2,6}$/u;
const ALL_CAPS = /^[\p{Lu}]{2,}$/u;
const NAME_WORD = /^[\p{L}.]+$/u;

// "Tin: Minh Anh; Ảnh: Quốc Huy": a label after the first name separates names.
const INNER_LABEL = /[;,–—-]?\s*(?:tin|bài|ảnh|video|clip)\s*:/giu;
// "Lan Anh, ảnh: Minh Đức", "Tin: Minh Anh; Ảnh: Quốc Huy": after the writer, a photo or video
// label credits the photographer, who is no author ("Tin, ảnh: A", one label, is the writer's).
const PHOTO_CREDIT = /(?<=\S)\s*[;,–—-]?\s*(?:ảnh|video|clip)\s*:.*$/iu;
const TRAILER = /^(?:nguồn|ảnh|theo)\s*:/iu;
const SOURCE = /^(?:nguồn|theo)\b/iu;
const AFTER_SOURCE = /\s+(?:theo|nguồn)\s*:?\s+\S.*$/iu;

const MAX_LEN = 90;
const SOURCE_NAMES = new Set(['tin tức', 'báo tin tức']);
/**
 * The words after a long line's last sentence end, when they are a short run ending in an agency
 * credit or names. Dots that end no sentence: a writer's initials alone ("L.B"), an agency's
 * domain after the names ("Kim Anh/VOV.VN", "Diệu Hương/VOV.VN Theo Reuters").
 */
const GLUED_TAIL = /(?:[.!?…”"]|\.\/\.)\s+((?:\p{Lu}\.)+\p{Lu}|[^.!?…]{3,60}?(?:\/\p{Lu}{2,}\.\p{Lu}{2,}(?:\s+[Tt]heo\s+[^.!?…]{1,40})?)?)$/u;
/** "L.B", "N.T.H": a writer signs with initials, one capital each, dotted (an agency code has no dots). */
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/**
 * "Th.Dương", "N.T.Hà": the given name after the initials of the other parts, dotted, in one word. An
 * initial is one capital or a Vietnamese consonant digraph (Th, Tr, Ng, Nh, Ph, Kh, Ch, Gi, Qu).
 */
const INITIALED_NAME = /^(?:\p{Lu}\p{Ll}?\.)+\p{Lu}\p{L}+$/u;
/**
 * At a line's end after a sentence end: a by-line signed with initials, which the dots keep out of
 * GLUED_TAIL ("… Thái Bình. Th.Dương", "… Cầu Trắng. H. NGUYÊN").
 */
// Tried before GLUED_TAIL, which would take the name after "H. " alone. Co-writers signing so are
// joined by dashes, spaced or not ("T.Lan -M.Hùng").
const GLUED_INITIALED = /[.!?…”"]\s+((?:\p{Lu}\p{Ll}?\.\s?)+\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?(?:\s*[–—-]\s*(?:\p{Lu}\p{Ll}?\.\s?)+\p{Lu}\p{L}+)*)$/u;
/**
 * "Theo Hoàng Ái/Lamdongtv.vn": a story taken from another outlet credits its writer before the outlet's
 * site; only the names before the slash are the by-line. Glued after anything, a photo credit included.
 */
const WRITER_OF_SITE = /^theo\s+(?:theo\s+)?([^/]{2,40})\/[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/iu;
const GLUED_WRITER_OF_SITE = /\s((?:[Tt]heo|THEO)\s+\p{Lu}[^/.!?…]{1,39}\/[\p{L}\d-]+(?:\.[\p{L}\d-]+)+)$/u;
/**
 * "Theo Đặng An (Tuổi Trẻ)": a story taken from another outlet credits its writer, the outlet in
 * brackets after the name; the writer is the by-line (an outlet alone, "Theo Tuổi Trẻ", gives none).
 */
const WRITER_OF_OUTLET = /^theo\s+(\p{Lu}[^()/]{2,40}?)\s*\([^()]{2,30}\)$/iu;
/**
 * "… (ảnh: T.L) TRẦN AN": a by-line in capitals glued after a caption's bracket or a sentence end,
 * two to four syllables each in capitals (one capitalised word is an agency code: "TTXVN").
 */
const GLUED_CAPS = /[.!?…”")]\s+(\p{Lu}{1,7}(?:\s\p{Lu}{1,7}){1,3}(?:\s*[–—-]\s*\p{Lu}{1,7}(?:\s\p{Lu}{1,7}){1,3})*)$/u;
const MAX_NAME_WORDS = 5;
const PHOTO_WORD = /^(?:ảnh|video|clip)$/iu;
// "Tin, ảnh:", "Tin - ảnh:", "Bài và ảnh:": one label for the writer who also took the photos.
const LABEL = /^(?:(?:tin|bài|ảnh|video|clip|nhóm\s+pv|pv|ctv)(?:\s*(?:,|và|\/|&|-|–)\s*(?:tin|bài|ảnh|video|clip))*\s*:\s*)/iu;

export interface Byline {
  authors: string[];
  start: number;
  end: number;
}

export function findByline(text: string): Byline | null {
  // The by-line may be followed by a date line or a "Nguồn:"/"Ảnh:" credit; look past those.
  // trimEnd removes what \s matches (white space and line ends), without a pattern run over the whole text.
  let end = text.trimEnd().length;
  for (let tries = 0; tries < 3 && end > 0; tries++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    const authors = parseByline(line);
    if (authors) return { authors, start, end };
    // Line breaks lost: the by-line is glued to the body's last sentence ("… bền vững. Phúc Hằng (TTXVN)").
    // Only the first line tried may hold a glued by-line.
    const glued = tries === 0 ? gluedTail(line) : null;
    const tail = glued ? parseByline(glued.tail) : null;
    if (glued && tail) return { authors: tail, start: start + glued.tailStart, end };
    if (!isDateLine(line) && !TRAILER.test(line.trim())) return null;
    end = text.slice(0, start).trimEnd().length;
  }
  return null;
}

/**
 * GLUED_TAIL on `line`, read only near its end: the tail is at most 60 characters and the
 * white space before it, so no match starts before that space and the sentence end before it.
 */
function gluedTail(line: string): { tail: string; tailStart: number } | null {
  let from = Math.max(0, line.length - 60);
  while (from > 0 && (unitClass(line.charCodeAt(from - 1)) & SPACE) !== 0) from--;
  from = Math.max(0, from - 3);
  const near = from > 0 ? line.slice(from) : line;
  const caps = GLUED_CAPS.exec(near);
  const m = GLUED_INITIALED.exec(near) ?? (caps && syllables(caps[1] ?? '') ? caps : null) ?? GLUED_TAIL.exec(near) ?? GLUED_WRITER_OF_SITE.exec(near);
  if (!m) return null;
  const tail = m[1] ?? '';
  return { tail, tailStart: from + m.index + m[0].length - tail.length };
}

const VOWEL = /[AEIOUY]/u;
/** Every word a syllable, each with a vowel ("TRẦN AN"); abbreviations have none ("TP HCM", "UBND"). */
function syllables(caps: string): boolean {
  return caps
    .split(/[\s–—-]+/u)
    .filter(Boolean)
    .every((w) => VOWEL.test(w.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/gu, 'D')));
}

/** Author names of a by-line, or null when the line is not one. */
export function parseByline(line: string): string[] | null {
  let l = line
    .trim()
    .replace(/\.\/\.$|\.$/, '')
    .trim();
  if (l.length === 0 || l.length > MAX_LEN) return null;
  const ofOutlet = WRITER_OF_OUTLET.exec(l);
  if (ofOutlet && isSurname(ofOutlet[1]?.split(/\s+/u)[0] ?? '')) l = ofOutlet[1] ?? '';
  l = l
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(LABEL, '')
    .replace(PHOTO_CREDIT, '')
    .replace(INNER_LABEL, ', ')
    .trim();
  const ofSite = WRITER_OF_SITE.exec(l);
  if (ofSite) l = ofSite[1] ?? '';
  else if (SOURCE.test(l)) return null;
  // "Diệu Hương/VOV.VN Theo Reuters": the source a translation is after ends the names.
  l = l.replace(AFTER_SOURCE, '');
  const parts = l
    .split(/\s*[–—\-,;&/]\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const [i, part] of parts.entries()) {
    let p = part;
    const ws = p.split(/\s+/);
    // "Vũ Nga - Ảnh ST": a photo credit ("ảnh sưu tầm", collected) among the names is no writer.
    if (PHOTO_WORD.test(ws[0] ?? '')) continue;
    // "VOV Vũ Dũng": an agency code before the name.
    if (ws.length >= 3 && AGENCY_CODE.test(ws[0] ?? '') && ws.slice(1).every((w) => isCapitalized(w) && !ALL_CAPS.test(w))) {
      ws.shift();
      p = ws.join(' ');
    }
    // A one-word part is an agency or place code ("TTXVN", "VOV", "TPHCM"), not a writer's name,
    // unless it is a writer's initials; "Tin Tức" is TTXVN's paper.
    if (ws.length === 1 && (INITIALS.test(p) || INITIALED_NAME.test(p))) {
      names.push(p);
      continue;
    }
    if (ws.length === 1 || SOURCE_NAMES.has(p.toLowerCase())) continue;
    if (ws.length <= MAX_NAME_WORDS && ws.every((w) => isCapitalized(w) && NAME_WORD.test(w))) names.push(p);
    // "Thu Hà - Trung tâm Văn hóa huyện": an affiliation after the names, not a name.
    else if (i > 0 && names.length > 0 && parseOrgName(p) !== null) continue;
    else return null;
  }
  return names.length > 0 ? names : null;
}
