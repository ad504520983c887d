// Issuing bodies after "của"/"do" and the class (TW, TTg, CP, TU, HU, …) each stands for.
// The name is kept as written; a level word ("UBND tỉnh") stays, a proper place name after it
// is skipped, as organization names are written without their place.
import { fold, phrasePattern, WORD_END } from './fold.js';
import { LEXICON } from './lexicon.js';
import { ORDINAL_PATTERN } from './terms.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const PLACE_WORD = /^\s+([\p{Lu}][\p{L}]*)(?![\p{L}\p{N}])/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface IssuerMatch {
  name: string;
  cls: string;
  end: number;
  start?: number;
}

const PLENUM_NUMBER = `(?:\\s+(?:lần\\s+thứ\\s+)?(?:\\d{1,2}|${ORDINAL_PATTERN}))?`;

const PLENUM_SLOT = `(?:\\d{1,2}|${ORDINAL_PATTERN})`;

const ISSUER_RES = [...LEXICON.issuers]
  .sort((a, b) => b.name.length - a.name.length)
  .map((e) => {
    const body = `${phrasePattern(e.name).replace('\\*', PLENUM_SLOT)}${e.plenum ? PLENUM_NUMBER : ''}${WORD_END}`;
    return { re: new RegExp(`^${body}`, 'u'), sticky: new RegExp(body, 'uy'), cls: e.class, first: fold(e.name).charAt(0) };
  });
// Asked at many offsets (every word before "ban hành"): only the names that begin with the
// character found there are tried, in the same order; a name opening with no letter or digit
// ("* …") is tried everywhere.
const opensWithLetter = (c: string): boolean => /^[\p{L}\p{N}]$/u.test(c);
const ISSUERS_ANYWHERE = ISSUER_RES.filter((e) => !opensWithLetter(e.first));
const ISSUERS_BY_FIRST = new Map(
  ISSUER_RES.filter((e) => opensWithLetter(e.first)).map((e) => [e.first, ISSUER_RES.filter((x) => x.first === e.first || !opensWithLetter(x.first))]),
);
// Whether any name of a group matches at an offset, in one sticky alternation: most offsets
// asked (every word before "ban hành") open none, and are told so without trying each name.
const anyOf = (group: ReadonlyArray<{ sticky: RegExp }>): RegExp => new RegExp(group.map((e) => `(?:${e.sticky.source})`).join('|') || '(?!)', 'uy');
const ANY_ANYWHERE = anyOf(ISSUERS_ANYWHERE);
const ANY_BY_FIRST = new Map([...ISSUERS_BY_FIRST].map(([first, group]) => [first, anyOf(group)]));

const LEVELS = new RegExp(`^\\s+(?:${LEXICON.localLevels.map((p) => phrasePattern(p)).join('|')})${WORD_END}`, 'u');
const NOT_PLACE = new Set(['về', 'ngày', 'khóa', 'lần', 'năm', 'và', 'của', 'số', 'thực', 'triển']);

/** Matches a known issuer starting exactly at `pos` in `text` (`f` is its fold). */
export function matchIssuerAt(text: string, f: string, pos: number): IssuerMatch | null {
  if (pos >= 0) {
    const any = ANY_BY_FIRST.get(f.charAt(pos)) ?? ANY_ANYWHERE;
    any.lastIndex = pos;
    if (!any.test(f)) return null;
  }
  const rest = pos < 0 ? f.slice(pos) : '';
  for (const { re, sticky, cls } of pos < 0 ? ISSUER_RES : (ISSUERS_BY_FIRST.get(f.charAt(pos)) ?? ISSUERS_ANYWHERE)) {
    // Read in place at `pos` (sticky), which is what the anchored pattern reads on the rest of the text.
    sticky.lastIndex = pos;
    const m = pos < 0 ? re.exec(rest) : sticky.exec(f);
    if (!m) continue;
    let end = pos + m[0].length;
    const level = LEVELS.exec(f.slice(end));
    if (level && isLocal(cls)) end += level[0].length;
    const name = text.slice(pos, end).replace(/\s+/g, ' ');
    return { name, cls, end: skipPlaceName(text, end) };
  }
  return null;
}

/** Bodies named with their level word: "UBND tỉnh", "HĐND huyện", "Đảng ủy xã". */
function isLocal(cls: string): boolean {
  return cls === 'UBND' || cls === 'HĐND' || cls === 'ĐU';
}

/** Skips capitalised words (a place name such as "Khánh Hòa") following a body's name. */
export function skipPlaceName(text: string, pos: number): number {
  let end = pos;
  const word = PLACE_WORD;
  for (;;) {
    const m = word.exec(text.slice(end));
    if (!m || NOT_PLACE.has(fold(m[1] ?? ''))) return end;
    // An all-capitals run is an abbreviation or a term numeral, not a place.
    if (/^[IVXL]+$/.test(m[1] ?? '')) return end;
    end += m[0].length;
  }
}

// "Thủ tướng đã ký Chỉ thị số 24": the one who signs a document issues it.
const ENACTS = /(?:\s+(?:đã|vừa|mới))?(?:(?:\s+ký)?\s+ban\s+hành|\s+ký)\s+$/u;

/**
 * The issuer written before the citation: "Ban Bí thư đã ban hành Kết luận số 49 …". Looks back
 * from `kindStart` to `from` (the sentence start) for a known body followed by "(đã) ban hành".
 */
export function issuerBefore(text: string, f: string, from: number, kindStart: number): IssuerMatch | null {
  const head = f.slice(from, kindStart);
  const enacts = ENACTS.exec(head);
  if (!enacts) return null;
  const before = head.slice(0, enacts.index);
  let best: IssuerMatch | null = null;
  for (let i = before.length - 1; i >= 0 && i >= before.length - 60; i--) {
    if (i > 0 && LETTER_OR_DIGIT.test(before[i - 1] ?? '')) continue;
    const m = matchIssuerAt(text, f, from + i);
    if (m && m.end === from + before.length) best = { ...m, start: from + i };
  }
  return best;
}

/**
 * An issuer closing an unquoted subject: "Kết luận số 3 về rừng của Tỉnh ủy". Returns the
 * issuer and where the subject should end, when the last "của" of [start, end) opens a known
 * body that runs to `end`.
 */
export function issuerClosing(text: string, f: string, start: number, end: number): { issuer: IssuerMatch; subjectEnd: number } | null {
  const i = f.lastIndexOf(' của ', end);
  if (i < start) return null;
  const issuer = matchIssuerAt(text, f, i + ' của '.length);
  if (!issuer || issuer.end !== end) return null;
  return { issuer, subjectEnd: i };
}
