// Numbers and số ký hiệu after a kind word. Party style (Hướng dẫn 36-HD/VPTW): "05-CT/TW",
// "110-KH/HU"; State style (Nghị định 30/2020/NĐ-CP): "42/NQ-CP", "15/2020/NĐ-CP",
// "1234/UBND-VX" (công văn: issuer then unit); laws "43/2019/QH14". Spaces around the
// separators and "NQ-TW" for "NQ/TW" slips are tolerated; the symbol is returned in its
// standard form. Read on folded text with indices, sliced from the original for case.
import { fold, phrasePattern } from './fold.js';
import { LEXICON } from './lexicon.js';

export interface NumberMatch {
  /** Number as written ("05"). */
  number: string;
  symbol: string | null;
  /** Issuer class read from the symbol ("TW", "CP"), or null for a bare number. */
  cls: string | null;
  /** The code in the symbol's kind place as written ("CT" of 05-CT/TW, "NQ" of 42/NQ-CP), or null (a law, a bare number). */
  kindCode: string | null;
  /** Year inside a State symbol ("2020" of 15/2020/NĐ-CP). */
  year: string | null;
  party: boolean;
  length: number;
}

const L = '[\\p{L}]';
/** "30a/2008/NQ-CP": a document numbered after another takes a letter after its number. */
const SUFFIX = '[a-zđ]?';
const LAW = new RegExp(`^(\\d{1,4})\\s*/\\s*(\\d{4})\\s*/\\s*(qh\\d{0,2})(?![\\p{L}\\p{N}])`, 'du');
const PARTY = new RegExp(`^(\\d{1,5}${SUFFIX})\\s*[-–]\\s*(${L}{1,4})\\s*[/\\-–]\\s*(${L}[\\p{L}\\d]{0,9})(?![\\p{L}\\p{N}])`, 'du');
const STATE = new RegExp(
  `^(\\d{1,5}${SUFFIX})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(${L}{1,6})\\s*[-–]\\s*(${L}[\\p{L}\\d&]{0,11})(?:\\s*[-–]\\s*(${L}[\\p{L}\\d&]{0,11}))?(?![\\p{L}\\p{N}])`,
  'du',
);
// "19-2017/NQ-CP": a State number written with its year after a dash instead of a slash.
const STATE_DASHED_YEAR = new RegExp(
  `^(\\d{1,5}${SUFFIX})\\s*[-–]\\s*((?:19|20)\\d\\d)\\s*/\\s*(${L}{1,6})\\s*[-–]\\s*(${L}[\\p{L}\\d&]{0,11})(?![\\p{L}\\p{N}])`,
  'du',
);
const SLASHED = new RegExp(`^(\\d{1,5})\\s*/\\s*(${L}{1,4})\\s*/\\s*(${L}[\\p{L}\\d]{0,9})(?![\\p{L}\\p{N}])`, 'du');
const NUMBER_YEAR = /^(\d{1,5})\s*\/\s*((?:19|20)\d\d)(?![\d/\p{L}])/du;
// "Nghị định 67/CP", "Chỉ thị 13/TTg": a number and the issuer's code alone, the kind left out
// (how writers shorten a State symbol); only a known issuer code counts ("12/KH" is no issuer).
const NUMBER_CLASS = new RegExp(`^(\\d{1,5}${SUFFIX})\\s*/\\s*(${L}{2,5})(?![\\p{L}\\p{N}/\\-–])`, 'du');
const BARE = /^(\d{1,5})(?![\p{L}\p{N}%]|[/.:]\d)/u;
const DATE_AFTER = /^\s*ngày\s+\d{1,2}\s*[/.-]\s*\d/u;
const FOLLOWERS = new RegExp(`^\\s*(?:${LEXICON.bareNumberFollowers.map((p) => phrasePattern(p)).join('|')})(?![\\p{L}\\p{N}])`, 'u');

const TERM_AFTER_CODE = /(?<=\p{L}{2})\d{1,2}$/u;
const KNOWN_CLASSES = new Map<string, string>();
for (const c of [...LEXICON.partyClasses, ...LEXICON.issuers.map((i) => i.class), 'CP', 'TTg', 'QH']) KNOWN_CLASSES.set(fold(c), c);
const PARTY_CLASSES = new Set(LEXICON.partyClasses.map(fold));
const STATE_KINDS = new Set(LEXICON.stateSymbolKinds.map(fold));

/** Canonical spelling of a class read from a symbol ("tw" → "TW", "ttg" → "TTg"). */
export function canonicalClass(written: string): string {
  // "TƯ" in a local symbol ("13-NQ/TƯ của Tỉnh ủy") is the Tỉnh ủy code TU set in another font.
  // A term number after a code ("UBTVQH14", "QH13") is not part of the issuer's class.
  const plain = written.replace(/[Ưư]/g, 'U').replace(TERM_AFTER_CODE, '');
  return KNOWN_CLASSES.get(fold(plain)) ?? plain.toUpperCase();
}

export function isPartyClass(cls: string): boolean {
  return PARTY_CLASSES.has(fold(cls));
}

/** The text of group `g` of `m`, a match at `pos` (a module function: tsx names every closure made, at a cost). */
function groupIn(text: string, pos: number, m: RegExpExecArray, g: number): string {
  const ix = m.indices?.[g];
  return ix ? text.slice(pos + ix[0], pos + ix[1]) : '';
}

/**
 * Reads a number or symbol at `pos`. `withSo` says "số" preceded it: a bare number without it
 * must not be a quantity ("kế hoạch 6 tháng").
 */
export function readNumber(text: string, f: string, pos: number, withSo: boolean): NumberMatch | null {
  const rest = f.slice(pos);
  const law = LAW.exec(rest);
  if (law) {
    const n = groupIn(text, pos, law, 1);
    return {
      number: n,
      symbol: `${n}/${groupIn(text, pos, law, 2)}/${groupIn(text, pos, law, 3).toUpperCase()}`,
      cls: 'QH',
      kindCode: null,
      year: groupIn(text, pos, law, 2),
      party: false,
      length: law[0].length,
    };
  }
  const dashedYear = STATE_DASHED_YEAR.exec(rest);
  if (dashedYear) {
    const n = groupIn(text, pos, dashedYear, 1);
    const year = groupIn(text, pos, dashedYear, 2);
    const kind = groupIn(text, pos, dashedYear, 3);
    const issuer = groupIn(text, pos, dashedYear, 4);
    const cls = STATE_KINDS.has(fold(kind)) ? canonicalClass(issuer) : canonicalClass(kind);
    return { number: n, symbol: `${n}/${year}/${kind}-${issuer}`, cls, kindCode: kind, year, party: false, length: dashedYear[0].length };
  }
  const dashed = PARTY.exec(rest);
  const slashed = dashed ? null : SLASHED.exec(rest);
  const party = dashed ?? (slashed && isPartyClass(groupIn(text, pos, slashed, 3)) ? slashed : null);
  if (party) {
    const n = groupIn(text, pos, party, 1);
    const kind = groupIn(text, pos, party, 2);
    const cls = canonicalClass(groupIn(text, pos, party, 3));
    // "05-NQ-TW" with a State class ("05-NQ-CP") is a State symbol written with a dash.
    if (!isPartyClass(cls) && STATE_KINDS.has(fold(kind))) {
      return { number: n, symbol: `${n}/${kind}-${cls}`, cls, kindCode: kind, year: null, party: false, length: party[0].length };
    }
    return { number: n, symbol: `${n}-${kind}/${cls}`, cls, kindCode: kind, year: null, party: true, length: party[0].length };
  }
  const state = STATE.exec(rest);
  if (state) {
    const n = groupIn(text, pos, state, 1);
    const year = groupIn(text, pos, state, 2) || null;
    const first = groupIn(text, pos, state, 3);
    const second = groupIn(text, pos, state, 4);
    const third = groupIn(text, pos, state, 5);
    const symbol = `${n}/${year ? `${year}/` : ''}${first}-${second}${third ? `-${third}` : ''}`;
    // "42/NQ-CP": kind then issuer. "1234/UBND-VX" (công văn): issuer then unit.
    const cls = STATE_KINDS.has(fold(first)) ? canonicalClass(second) : canonicalClass(first);
    // A Party class in State shape ("05/NQ-TW") is a slip for the Party form.
    if (isPartyClass(cls) && STATE_KINDS.has(fold(first)) && !year) {
      return { number: n, symbol: `${n}-${first}/${cls}`, cls, kindCode: first, year: null, party: true, length: state[0].length };
    }
    return { number: n, symbol, cls, kindCode: first, year, party: false, length: state[0].length };
  }
  const numberClass = NUMBER_CLASS.exec(rest);
  const shortClass = numberClass ? KNOWN_CLASSES.get(fold(groupIn(text, pos, numberClass, 2))) : undefined;
  if (numberClass && shortClass && !STATE_KINDS.has(fold(shortClass))) {
    return {
      number: groupIn(text, pos, numberClass, 1),
      symbol: null,
      cls: shortClass,
      kindCode: null,
      year: null,
      party: false,
      length: numberClass[0].length,
    };
  }
  // "Nghị định số 15/2020": number and year, the rest of the symbol left out.
  const withYear = NUMBER_YEAR.exec(rest);
  if (withYear)
    return {
      number: groupIn(text, pos, withYear, 1),
      symbol: null,
      cls: null,
      kindCode: null,
      year: groupIn(text, pos, withYear, 2),
      party: false,
      length: withYear[0].length,
    };
  const bare = BARE.exec(rest);
  if (!bare) return null;
  const n = bare[1] ?? '';
  const after = rest.slice(n.length);
  // "kế hoạch 10 ngày" is a quantity; "Kế hoạch 10 ngày 5/3/2021" is a number and its date.
  const quantity = FOLLOWERS.test(after) && !DATE_AFTER.test(after);
  if (!withSo && (quantity || /^(19|20)\d\d$/.test(n))) return null;
  return { number: n, symbol: null, cls: null, kindCode: null, year: null, party: false, length: n.length };
}

/** Number without leading zeros, as keys write it. */
export function keyNumber(n: string): string {
  // Leading zeros go, a letter after the number stays ("30a").
  return n.replace(/^0+(?=\d)/u, '');
}

/** Issuer codes whose symbols are fixed by the conventions; others (ministries, boards) vary. */
const CONVENTIONAL_CLASSES = new Set(['TW', 'TU', 'HU', 'ThU', 'TXU', 'QU', 'ĐU', 'TTg', 'CP', 'UBND']);

/**
 * The số ký hiệu that the convention gives a document of this kind, number and issuer class,
 * or null where the form is not certain (laws, decrees and circulars carry a year; State công
 * văn use the issuer's own unit code; Party Quy định changed from QĐ to QĐi in 2016).
 */
export function conventionalSymbol(abbr: string, number: string, cls: string): string | null {
  if (!CONVENTIONAL_CLASSES.has(cls)) return null;
  if (isPartyClass(cls)) return ['QĐi', 'L', 'NĐ', 'TT'].includes(abbr) ? null : `${number}-${abbr}/${cls}`;
  return ['CT', 'NQ', 'QĐ', 'KH', 'TB', 'HD'].includes(abbr) ? `${number}/${abbr}-${cls}` : null;
}
