// Resolutions cited by name rather than number: a national congress ("Nghị quyết Đại hội XIII
// của Đảng" → NQ-DH-XIII), a local congress ("… Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"
// → NQ-DHTINH-XVIII), congresses at every level for a term ("… Đại hội Đảng các cấp nhiệm kỳ
// 2015-2020" → NQ-DHCACCAP-2015-2020) and a central plenum ("Nghị quyết Trung ương 4 khóa XII",
// "… Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng (khóa XII)" → NQ-TW4-XII).
// `pos` is just after the kind word; returns the name's end, key and era, or null.
import { fold, phrasePattern } from './fold.js';
import { skipPlaceName } from './issuers.js';
import { LEXICON } from './lexicon.js';
import { ORDINAL_PATTERN, plenumNumber, TERM_PATTERN, termOf } from './terms.js';

export interface NamedMatch {
  end: number;
  key: string;
  era: string | null;
}

const S = '\\s+';
const W = '(?![\\p{L}\\p{N}])';
const CONGRESS = `^${S}(?:của${S})?đại${S}hội${S}(?:đại${S}biểu${S})?`;
const YEARS = '(\\d{4})\\s*[-–]\\s*(\\d{4})';
const LEVEL_ALT = LEXICON.partyCongressLevels.map((l) => phrasePattern(l.words)).join('|');

const ALL_LEVELS = new RegExp(`${CONGRESS}(?:đảng${S}bộ${S}|đảng${S})?các${S}cấp\\s*,?\\s*(?:nhiệm${S}kỳ${S})?${YEARS}`, 'u');
const ALL_LEVELS_NO_TERM = new RegExp(`${CONGRESS}(?:đảng${S}bộ${S}|đảng${S})?các${S}cấp${W}`, 'u');
const LOCAL = new RegExp(`${CONGRESS}đảng${S}bộ${S}(${LEVEL_ALT})${W}`, 'u');
const LOCAL_TERM = new RegExp(`^\\s*,?\\s*(?:(?:lần${S}thứ|khóa)${S}${TERM_PATTERN}|${TERM_PATTERN})`, 'u');
const LOCAL_YEARS = new RegExp(`^\\s*,?\\s*(?:\\(\\s*)?nhiệm${S}kỳ${S}${YEARS}`, 'u');
const NATIONAL = new RegExp(
  `${CONGRESS}(?:toàn${S}quốc${S})?(?:đảng${S}(?:cộng${S}sản${S}việt${S}nam${S})?(?:toàn${S}quốc${S})?)?(?:lần${S}thứ${S})?${TERM_PATTERN}`,
  'u',
);
const OF_LOCAL = new RegExp(`^\\s*,?\\s*(?:của${S})?đảng${S}bộ${S}(${LEVEL_ALT})${W}`, 'u');
const OF_PARTY = new RegExp(`^\\s*(?:của${S}đảng(?:${S}cộng${S}sản${S}việt${S}nam)?|toàn${S}quốc)${W}(?!${S}bộ)`, 'u');
const PLENUM = new RegExp(
  `^${S}(?:của${S})?(?:hội${S}nghị${S})?(?:lần${S}thứ${S}(${ORDINAL_PATTERN}|\\d{1,2})\\s*,?${S})?(?:ban${S}chấp${S}hành${S})?(?:trung${S}ương|tw)(?:${S}đảng)?` +
    `(?:\\s*(?:lần${S}thứ${S})?(${ORDINAL_PATTERN}|\\d{1,2})${W})?`,
  'u',
);
// "Nghị quyết T.Ư 7", "Nghị quyết TƯ 5", "Nghị quyết Trung 5": "Trung ương" shortened, the
// plenum number then required (a bare "tư" is also the ordinal four).
const PLENUM_SHORT = new RegExp(`^${S}(?:của${S})?(?:hội${S}nghị${S})?(?:t\\.\\s?ư|tư|trung)\\s*(?:lần${S}thứ${S})?(${ORDINAL_PATTERN}|\\d{1,2})${W}`, 'u');
const PLENUM_TERM = new RegExp(
  `^(?:${S}của${S}(?:ban${S}chấp${S}hành|bch)${S}trung${S}ương(?:${S}đảng)?)?\\s*(?:\\(|,|-|–)?\\s*khóa${S}${TERM_PATTERN}(?:\\s*\\))?`,
  'u',
);
/** National congresses so far run to the XIV; a higher number without a level is a local one. */
const MAX_NATIONAL = 14;

export function readNamedResolution(text: string, f: string, pos: number): NamedMatch | null {
  const rest = f.slice(pos);
  const all = ALL_LEVELS.exec(rest);
  if (all) {
    const years = `${all[1]}-${all[2]}`;
    return { end: pos + all[0].length, key: `NQ-DHCACCAP-${years}`, era: years };
  }
  // "nghị quyết đại hội Đảng các cấp" with no term written: the congresses of every level.
  const allNoTerm = ALL_LEVELS_NO_TERM.exec(rest);
  if (allNoTerm) return { end: pos + allNoTerm[0].length, key: 'NQ-DHCACCAP', era: null };
  const local = LOCAL.exec(rest);
  if (local) return localCongress(text, f, pos + local[0].length, levelCode(local[1] ?? ''));
  const national = NATIONAL.exec(rest);
  if (national) {
    const term = termOf(national[1] ?? '');
    let end = pos + national[0].length;
    if (!term) return null;
    const ofLocal = OF_LOCAL.exec(f.slice(end));
    if (ofLocal) {
      end = skipPlaceName(text, end + ofLocal[0].length);
      const code = levelCode(ofLocal[1] ?? '');
      return { end, key: `NQ-${code}-${term}`, era: term };
    }
    const ofParty = OF_PARTY.exec(f.slice(end));
    if (ofParty) end += ofParty[0].length;
    else if (romanValue(term) > MAX_NATIONAL) return null;
    return { end, key: `NQ-DH-${term}`, era: term };
  }
  const plenum = PLENUM.exec(rest) ?? PLENUM_SHORT.exec(rest);
  if (plenum) {
    const n = plenumNumber((plenum[1] ?? plenum[2] ?? '').replace(/\s+/g, ' '));
    if (n === null || n < 1 || n > 20) return null;
    let end = pos + plenum[0].length;
    const termM = PLENUM_TERM.exec(f.slice(end));
    const term = termM ? termOf(termM[1] ?? '') : null;
    if (termM && term) end += termM[0].length;
    return { end, key: `NQ-TW${n}-${term ?? '?'}`, era: term };
  }
  return null;
}

function localCongress(text: string, f: string, afterLevel: number, code: string): NamedMatch | null {
  const end = skipPlaceName(text, afterLevel);
  const t = LOCAL_TERM.exec(f.slice(end));
  const term = t ? termOf(t[1] ?? t[2] ?? '') : null;
  if (t && term) {
    const y = LOCAL_YEARS.exec(f.slice(end + t[0].length));
    return { end: end + t[0].length + (y ? y[0].length : 0), key: `NQ-${code}-${term}`, era: term };
  }
  const y = LOCAL_YEARS.exec(f.slice(end));
  if (!y) return null;
  const years = `${y[1]}-${y[2]}`;
  return { end: end + y[0].length, key: `NQ-${code}-${years}`, era: years };
}

function levelCode(words: string): string {
  const w = words.replace(/\s+/g, ' ');
  return LEXICON.partyCongressLevels.find((l) => fold(l.words) === w)?.code ?? 'DHDIAPHUONG';
}

function romanValue(r: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const cur = v[r[i] ?? ''] ?? 0;
    const next = v[r[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}
