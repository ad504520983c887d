// Positions (chức vụ) as the genre writes them: an office from the titles list, then the body
// it belongs to ("Phó Bí thư Thường trực Huyện ủy", "Trưởng ban Tuyên giáo Tỉnh ủy" where
// "Trưởng ban" carries the head "Ban"). Several in a row are joined by ",", "–", "-" or "kiêm".
import { cap, isAcronym, nextWord, type Doc, type Word } from './doc.js';
import { FIELDS, HEADS, LEVELS, NATIONAL_SUFFIX, TITLES, TITLE_BODIES, TITLE_EMBEDS, TITLE_OFFICES, isSurname } from './lexicon.js';
import { key } from './text.js';
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
  const found =
    (useExplicit ? explicit : embeds ? parseOrgAt(doc, t.end, embeds) : (acronymBody(doc, t.canonical, t.end) ?? localityAt(doc, t.canonical, t.end))) ??
    dutyBody(doc, t.end, embeds) ??
    (embeds ? null : bareHeadAt(doc, t.end));
  const org = withFields(doc, found);
  const implied = !useExplicit && !!org && !!embeds;
  // "Chủ nhiệm Ủy ban Kinh tế của Quốc hội": a committee of the National Assembly is named with
  // it; the position keeps the words, the body is the committee.
  const ofAssembly = org && !org.anchored && ASSEMBLY_BODY.test(org.name) ? OF_ASSEMBLY.exec(doc.fold.slice(org.end, org.end + 16)) : null;
  if (org && ofAssembly) {
    const end = org.end + ofAssembly[0].length;
    const parent: OrgMatch = { name: 'Quốc hội', place: null, level: null, anchored: true, national: true, start: end - 'Quốc hội'.length, end };
    // The committee's own name ends in "của Quốc hội" (Luật Tổ chức Quốc hội 2014, Điều 66).
    const committee: OrgMatch = { ...org, name: `${org.name} của Quốc hội`, end };
    return { title: t.canonical, org: committee, implied, text: `${positionText(t.canonical, org.name, implied)} của Quốc hội`, parent, start: w.start, end };
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

// "Chủ tịch xã Tân Hòa", "Bí thư phường Bến Nghé", "Phó Chủ tịch TP Hà Nội": the head of a
// locality's People's Committee or Party committee is commonly named by the locality alone,
// its level word and its name (the body, UBND or Đảng ủy, unwritten). The position is written so
// ("Chủ tịch xã"); the locality is no body of the report (unnamed), its name the place.
const LOCALITY_OFFICE = /^(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư)(?:\s+thường\s+trực)?$/u;
const CITY_SHORT = /^(?:TP|Tp)\.?(?=\s)/u;
const PLACE_NUMBER = /^\d{1,2}$/u;
const MAX_LOCALITY_WORDS = 4;

function localityAt(doc: Doc, title: string, pos: number): OrgMatch | null {
  if (!LOCALITY_OFFICE.test(key(title))) return null;
  const lw = nextWord(doc, pos);
  if (!lw || /\S/u.test(doc.text.slice(pos, lw.start))) return null;
  const lv = LEVELS.at(doc, lw.start);
  const short = lv ? null : CITY_SHORT.exec(doc.text.slice(lw.start, lw.start + 4));
  const levelEnd = lv ? lv.end : short ? lw.start + short[0].length : -1;
  if (levelEnd < 0) return null;
  // The place: a number ("quận 1") or capitalised words, up to four.
  const first = nextWord(doc, levelEnd);
  if (!first || /[^\s.]/u.test(doc.text.slice(levelEnd, first.start))) return null;
  let end: number;
  if (PLACE_NUMBER.test(first.text)) end = first.end;
  else {
    if (!cap(first) || TITLES.at(doc, first.start)) return null;
    const run: Word[] = [];
    for (
      let w: Word | null = first;
      w && run.length < MAX_LOCALITY_WORDS + 3 && cap(w) && !isAcronym(w) && !TITLES.at(doc, w.start);
      w = nextWord(doc, w.end)
    ) {
      const prev = run.at(-1);
      if (prev && /\S/u.test(doc.text.slice(prev.end, w.start))) break;
      run.push(w);
    }
    if (run.length === 0) return null;
    // "Chủ tịch xã Tân Hòa Nguyễn Văn Tư": the holder's full name may follow the place; it
    // opens on a family name and has three or four words.
    let n = run.length;
    for (const len of [3, 4]) {
      const k = run.length - len;
      if (k >= 1 && isSurname(run[k]?.text ?? '')) {
        n = k;
        break;
      }
    }
    end = (run[Math.min(n, MAX_LOCALITY_WORDS) - 1] as Word).end;
  }
  const level = lv ? key(lv.canonical) : 'thành phố';
  const written = doc.text.slice(lw.start, levelEnd).replace(/\.$/u, '');
  // "quận 1": a number is no place name; it stays with the level word (as "UBND quận 1").
  const numbered = PLACE_NUMBER.test(first.text);
  return {
    name: numbered ? `${written} ${first.text}` : written,
    place: numbered ? null : doc.text.slice(first.start, end).replace(/\s+/gu, ' '),
    level,
    anchored: true,
    national: false,
    unnamed: true,
    start: lw.start,
    end,
  };
}

const ASSEMBLY_BODY = /^(?:Ủy ban|Uỷ ban|Hội đồng)\s/u;
// "Ủy ban Tài chính, Ngân sách của Quốc hội", "Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi
// đồng của Quốc hội": a committee's fields joined by commas, the name closed by "của Quốc hội".
const MORE_FIELDS = /^(?:\s*,\s*\p{Lu}\p{Ll}*(?:\s+(?:\p{Ll}+|\p{Lu}\p{Ll}*)){0,5}?)+(?=\s+của\s+Quốc\s+hội(?![\p{L}]))/u;

/** The committee with the fields after its first, when "của Quốc hội" closes them. */
function withFields(doc: Doc, org: OrgMatch | null): OrgMatch | null {
  if (!org || org.anchored || !ASSEMBLY_BODY.test(org.name)) return org;
  const more = MORE_FIELDS.exec(doc.text.slice(org.end, org.end + 100));
  if (!more) return org;
  return { ...org, name: `${org.name}${more[0].replace(/\s+/gu, ' ').replace(/\s*,\s*/gu, ', ')}`, end: org.end + more[0].length };
}
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
  shareAfterKiem(doc, out);
  // "đồng chí Lê Hoa (Bí thư Huyện ủy)": the closing bracket belongs to the mention.
  const last = out.at(-1);
  if (last && doc.text.charAt(last.end) === ')') out[out.length - 1] = { ...last, end: last.end + 1 };
  return out;
}

/** Positions read forward from `pos` (a title-led run, as in "đồng chí Phó Bí thư Huyện ủy X"). */
export function parsePositionsFrom(doc: Doc, pos: number): PositionMatch[] {
  const first = parsePositionAt(doc, pos);
  return first ? shareAfterKiem(doc, [first, ...parsePositionsAfter(doc, first.end)]) : [];
}

const KIEM_GAP = /^\s*kiêm\s*$/u;
const PARTY_OFFICE = /(?:^|\s)bí\s+thư(?:\s|$)/u;
const PARTY_BODY = /(?:ủy|uỷ|đảng|chi\s+bộ)(?:\s|$)/iu;
const PEOPLES_BODY = /^(?:ubnd|hđnd|ủy\s+ban\s+nhân\s+dân|uỷ\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân)(?:\s|$)/iu;
// "Chủ tịch kiêm Tổng Thư ký Hội X", "Bí thư kiêm Chủ tịch phường Y": the body two offices
// share is written once, after the last ("kiêm" joins offices of one person in one body). Not
// across kinds: "Bí thư kiêm Chủ tịch UBND xã" is the Party's secretary and the committee's
// chairman (a UBND or HĐND has no Bí thư), "Phó Thủ tướng kiêm Bộ trưởng Bộ X" heads no Bộ.
const DUTY_OF = /^\s*(?:kiêm\s+|,\s*)người\s+phát\s+ngôn(?:\s+của)?\s+/u;

/**
 * "Chánh Văn phòng kiêm người phát ngôn của UBND tỉnh", "Chánh Văn phòng, người phát ngôn của
 * UBND tỉnh": a spokesman is a duty, no office (no title list holds it); the body after it is the office's.
 */
function dutyBody(doc: Doc, pos: number, embeds: string | undefined): OrgMatch | null {
  const d = DUTY_OF.exec(doc.fold.slice(pos, pos + 40));
  return d ? parseOrgAt(doc, pos + d[0].length, embeds) : null;
}

// "Giám đốc Trung tâm", "Chủ tịch Công đoàn" (the unit the report is about, named in full once):
// an office before a bare capitalised head, the clause going on after it, is written so; the
// head alone names no body of the report.
const BARE_AFTER = /^(?:\s*(?:[,;.:)–—-]|$)|\s+(?:và|đã|cùng|cho|nói|phát)(?![\p{L}]))/u;
const UNION = /^Công\s+đoàn$/u;

function bareHeadAt(doc: Doc, pos: number): OrgMatch | null {
  const w = nextWord(doc, pos);
  if (!w || !cap(w) || /\S/u.test(doc.text.slice(pos, w.start))) return null;
  const two = nextWord(doc, w.end);
  const union = two && UNION.test(doc.text.slice(w.start, two.end)) ? two.end : -1;
  const h = union < 0 ? HEADS.at(doc, w.start) : null;
  const end = union >= 0 ? union : (h?.end ?? -1);
  if (end < 0 || !BARE_AFTER.test(doc.text.slice(end, end + 8))) return null;
  return { name: doc.text.slice(w.start, end), place: null, level: null, anchored: true, national: false, unnamed: true, start: w.start, end };
}

function shareAfterKiem(doc: Doc, ps: PositionMatch[]): PositionMatch[] {
  for (let i = ps.length - 2; i >= 0; i--) {
    const p = ps[i] as PositionMatch;
    const q = ps[i + 1] as PositionMatch;
    if (p.org || p.text || !q.org || q.text || !KIEM_GAP.test(doc.text.slice(p.end, q.start))) continue;
    const o = q.org;
    const locality = !!o.unnamed && o.level !== null && (o.place !== null || PLACE_NUMBER.test(o.name.split(' ').at(-1) ?? ''));
    const party = PARTY_OFFICE.test(key(p.title));
    const shared =
      locality ||
      (!o.unnamed &&
        !o.national &&
        !q.implied &&
        !PEOPLES_BODY.test(o.name) &&
        party === PARTY_OFFICE.test(key(q.title)) &&
        (!party || PARTY_BODY.test(o.name)));
    if (shared) ps[i] = { ...p, org: o };
  }
  return ps;
}

/** "Trưởng ban" + "Ban Tuyên giáo Tỉnh ủy" reads "Trưởng ban Tuyên giáo Tỉnh ủy": the office carries the head once. */
export function positionText(title: string, orgName: string | null, implied = true): string {
  if (!orgName) return title;
  if (TITLE_BODIES.get(title)?.body === orgName) return title;
  const head = TITLE_EMBEDS.get(title);
  if (implied && head && orgName.toLowerCase().startsWith(`${head.toLowerCase()} `)) return `${title} ${orgName.slice(head.length + 1)}`;
  return `${title} ${orgName}`;
}
