// Positions (chức vụ) as the genre writes them: an office from the titles list, then the body
// it belongs to ("Phó Bí thư Thường trực Huyện ủy", "Trưởng ban Tuyên giáo Tỉnh ủy" where
// "Trưởng ban" carries the head "Ban"). Several in a row are joined by ",", "–", "-" or "kiêm".
import { cap, isAcronym, nextWord, type Doc } from './doc.js';
import { FIELDS, NATIONAL_SUFFIX, TITLES, TITLE_BODIES, TITLE_EMBEDS, TITLE_OFFICES } from './lexicon.js';
import { parseOrgAt, type OrgMatch } from './orgParser.js';
import { grassrootsAt } from './grassroots.js';

export interface PositionMatch {
  title: string;
  org: OrgMatch | null;
  /** The office carries the body's head ("Trưởng ban" + "Tuyên giáo Tỉnh ủy"). */
  implied: boolean;
  /** The position as written when the title already names its body ("Đại biểu Quốc hội" of a delegation). */
  text?: string;
  /** The body the position's body belongs to, named with it ("Quốc hội" of "Ủy ban Kinh tế của Quốc hội"). */
  parent?: OrgMatch;
  start: number;
  end: number;
}

// "do đồng chí A, Bí thư Trung ương Đảng làm Trưởng đoàn": the office a person takes in a team.
const SEPARATOR = /^\s*(?:,|–|—|-|:|\(|kiêm(?![\p{L}])|làm(?=\s+(?:phó\s+)?trưởng\s+đoàn(?![\p{L}])))\s*/iu;

const FORMER = /^nguyên\s+(?=\p{L})/u;

/** One position starting at `pos` (the office written with a capital). */
export function parsePositionAt(doc: Doc, pos: number, allowLower = false): PositionMatch | null {
  const w = nextWord(doc, pos);
  if (!w || (!cap(w) && !allowLower)) return null;
  const t = TITLES.at(doc, w.start);
  if (!t) return null;
  // "UVBTVTU" names office and body at once: nothing after it belongs to it.
  const own = TITLE_BODIES.get(t.canonical);
  if (own) {
    const org: OrgMatch = { name: own.body, place: null, level: own.level, anchored: true, national: false, start: w.start, end: t.end };
    return { title: t.canonical, org, implied: true, start: w.start, end: t.end };
  }
  // "Thường trực Ban Bí thư": the office word, then the body it sits in, read from the text.
  const office = TITLE_OFFICES.get(t.canonical);
  const bodyWord = office ? doc.words[(doc.wordAt.get(w.start) ?? -1) + office.split(' ').length] : undefined;
  const body = bodyWord ? parseOrgAt(doc, bodyWord.start) : null;
  if (office && body) return { title: office, org: body, implied: false, start: w.start, end: body.end };
  const embeds = TITLE_EMBEDS.get(t.canonical);
  // "Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy" writes the head again; "Chánh Văn
  // phòng Tỉnh ủy" does not ("Tỉnh ủy" alone is not its body).
  const explicit = grassrootsAt(doc, t.end) ?? parseOrgAt(doc, t.end);
  const useExplicit = explicit && (!embeds || explicit.name.toLowerCase().startsWith(embeds.toLowerCase()));
  const org = useExplicit ? explicit : embeds ? parseOrgAt(doc, t.end, embeds) : acronymBody(doc, t.canonical, t.end);
  const implied = !useExplicit && !!org && !!embeds;
  // "Chủ nhiệm Ủy ban Kinh tế của Quốc hội": a committee of the National Assembly is named with
  // it; the position keeps the words, the body is the committee.
  const ofAssembly = org && !org.anchored && ASSEMBLY_BODY.test(org.name) ? OF_ASSEMBLY.exec(doc.fold.slice(org.end, org.end + 16)) : null;
  if (org && ofAssembly) {
    const end = org.end + ofAssembly[0].length;
    const parent: OrgMatch = { name: 'Quốc hội', place: null, level: null, anchored: true, national: true, start: end - 'Quốc hội'.length, end };
    return { title: t.canonical, org, implied, text: `${positionText(t.canonical, org.name, implied)} của Quốc hội`, parent, start: w.start, end };
  }
  return { title: t.canonical, org, implied, start: w.start, end: org?.end ?? t.end };
}

const ACRONYM_BODY = /^\p{Lu}{3,}$/u;
const ROMAN = /^(?=[IVXLC])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
// "Bộ trưởng", "Cục trưởng": the office of a head word, whose abbreviation after it is the field.
const HEAD_OFFICE = /trưởng$/u;

/**
 * "Chủ tịch LĐLĐ", "Tổng Giám đốc EVN": an office followed by an abbreviation no list knows
 * is written with it, the position as written; what the abbreviation stands for (a company, a
 * club, a body) is not told, so it names no body of the report. Not after the office of a head word ("Bộ trưởng GTVT"
 * names the field of a ministry), a rank of the Centre ("Bí thư TW"), another office ("PCT") or a
 * term ("khóa XIV").
 */
function acronymBody(doc: Doc, title: string, pos: number): OrgMatch | null {
  if (HEAD_OFFICE.test(title)) return null;
  const w = nextWord(doc, pos);
  if (!w || !isAcronym(w) || !ACRONYM_BODY.test(w.text) || ROMAN.test(w.text) || /\S/u.test(doc.text.slice(pos, w.start))) return null;
  if (FIELDS.at(doc, w.start) || NATIONAL_SUFFIX.at(doc, w.start) || TITLES.at(doc, w.start)) return null;
  return { name: w.text, place: null, level: null, anchored: true, national: false, unnamed: true, start: w.start, end: w.end };
}

const ASSEMBLY_BODY = /^(?:Ủy ban|Uỷ ban|Hội đồng)\s/u;
const OF_ASSEMBLY = /^\s+của\s+quốc\s+hội(?![\p{L}])/u;

/** Positions following `pos`, each after a separator (the first may follow with none). */
export function parsePositionsAfter(doc: Doc, pos: number): PositionMatch[] {
  const out: PositionMatch[] = [];
  let at = pos;
  for (;;) {
    const sep = SEPARATOR.exec(doc.text.slice(at, at + 24))?.[0] ?? '';
    // "ông A, nguyên Bí thư Tỉnh ủy": a former office is an office the person held, written
    // without the word that dates it.
    const former = sep.trim().length > 0 ? (FORMER.exec(doc.fold.slice(at + sep.length, at + sep.length + 8))?.[0].length ?? 0) : 0;
    // After a separator the office may be in lower case ("Lê Hoa, phó chủ tịch UBND xã").
    const p = parsePositionAt(doc, at + sep.length + former, sep.trim().length > 0);
    if (!p) break;
    out.push(p);
    at = p.end;
  }
  // "đồng chí Lê Hoa (Bí thư Huyện ủy)": the closing bracket belongs to the mention.
  const last = out.at(-1);
  if (last && doc.text.charAt(last.end) === ')') out[out.length - 1] = { ...last, end: last.end + 1 };
  return out;
}

/** Positions read forward from `pos` (a title-led run, as in "đồng chí Phó Bí thư Huyện ủy X"). */
export function parsePositionsFrom(doc: Doc, pos: number): PositionMatch[] {
  const first = parsePositionAt(doc, pos);
  return first ? [first, ...parsePositionsAfter(doc, first.end)] : [];
}

/** "Trưởng ban" + "Ban Tuyên giáo Tỉnh ủy" reads "Trưởng ban Tuyên giáo Tỉnh ủy": the office carries the head once. */
export function positionText(title: string, orgName: string | null, implied = true): string {
  if (!orgName) return title;
  if (TITLE_BODIES.get(title)?.body === orgName) return title;
  const head = TITLE_EMBEDS.get(title);
  if (implied && head && orgName.toLowerCase().startsWith(`${head.toLowerCase()} `)) return `${title} ${orgName.slice(head.length + 1)}`;
  return `${title} ${orgName}`;
}
