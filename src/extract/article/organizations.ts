// Every body the report names, from its own mentions, the people's positions, the meeting's
// organizers and the issuers of cited directives; then resolved: a bare "Ban Tuyên giáo" or
// "Khối Khoa giáo" becomes the anchored name it stands for, and each local body gets the place
// the article names for its level ("huyện Tịnh Biên" places every "… huyện" and "Huyện ủy").
import { cap, firstWordFrom, makeDoc, type Doc, type Word } from './doc.js';
import { anyMayStart, CENTRAL_CITY_NAMES, COMMITTEE_PART_NAMES, FIELD_NAMES, LEVEL_HEADS, LEVELS, NATIONAL_NAMES, NOT_BODIES, TITLES } from './lexicon.js';
import { parsePositionAt } from './positionParser.js';
import { colonListItems, parseOrgAt, placeAfter, sharedHeadItems, sharedLevelItems, type OrgMatch } from './orgParser.js';
import { key } from './text.js';
import { mostlyUpperCase } from '../../text/index.js';
import { boundedMemo } from '../../text/memo.js';

const OFFICE_BODIES = new Set(['Thủ tướng Chính phủ', 'Chủ tịch nước'].map(key));
// "… đã trình Thủ tướng Chính phủ", "kiến nghị Thủ tướng Chính phủ", "báo cáo Thủ tướng Chính phủ": the addressee of a submission, a proposal or a report is a body too.
const ISSUER_BEFORE =
  /(?:(?:^|[^\p{L}])(?:trình|gửi|kiến\s+nghị|báo\s+cáo(?:\s+kết\s+quả)?(?:\s+lên)?)\s+|(?:ủy|uỷ)\s+(?:quyền|nhiệm)\s+của\s+|(?:chỉ\s+thị|quyết\s+định|nghị\s+quyết|công\s+điện|công\s+văn|thông\s+báo|kết\s+luận|quy\s+định|nghị\s+định|\/[a-zđ]+-ttg)(?![\p{L}])[^.;:]{0,70}?\scủa\s+)$/u;
const AD_HOC_TEAM = /^tổ\s/u;
const GENERIC_AFTER = /^\s+(?:các|cấp|những|ở các|trong các)(?![\p{L}])/u;

const CONGRESS_BEFORE = /đại\s+hội(?:\s+đại\s+biểu)?\s+$/u;
const GENERIC_BEFORE = /(?:^|[^\p{L}])(?:các|những|Các|Những)\s+$/u;
// "các phòng, ban UBND huyện": the plural goes on over a list of heads.
const PLURAL_LIST_BEFORE = /(?:^|[^\p{L}])(?:các|những)\s+[\p{Ll}\p{M}]+\s*(?:,|và)\s*$/u;

/** "Trưởng ban Tuyên giáo các huyện", "các Ban xây dựng Đảng": a bare name in a plural is generic. */
// "có 5 Đảng bộ đạt …", "trong toàn Đảng bộ huyện" (O5): a count or a scope names no body.
// An ordinal or a number sign before it is no count: "Hội nghị lần thứ 5 Ban Chấp hành …".
const COUNT_BEFORE = /(?:^|[^\p{L}\p{N}])(?<!(?:thứ|số)\s+)(?:\d+|toàn|mỗi|từng|nhiều|một số)\s+$/u;
// "cuốn Lịch sử Hội Nông dân huyện", "Giải thưởng …" (O6): a body inside the name of a work;
// "danh hiệu Đảng bộ trong sạch, vững mạnh": the name of an emulation title.
const WORK_BEFORE = /(?:^|[^\p{L}])(?:lịch sử|cuốn|sách|kỷ yếu|tập san|giải thưởng|danh hiệu)\s+$/u;

// "UBND quận, huyện", "Sở, ngành tỉnh, thành phố": a body followed by more level words is a class of bodies.
const LEVELS_AFTER = /^\s*(?:,|\/|và)\s*(?:tỉnh|huyện|xã|quận|phường|thị xã|thị trấn|thành phố)(?![\p{L}])(?!\s+\p{Lu})/u;

/**
 * "Bí thư Huyện ủy các huyện", "Trưởng đoàn Đại biểu Quốc hội chuyên trách các tỉnh": offices
 * written for a class of bodies (a plural "các", "những" before the level word) name no single
 * body. So do the offices of a list the class closes ("Phó Bí thư Tỉnh ủy, Chủ tịch HĐND, …
 * chuyên trách các tỉnh, thành phố") when their level is the class's.
 */
const CLASS_AFTER =
  /^\s+(?:chuyên\s+trách\s+|của\s+)?(?:các|những|(?:toàn\s+bộ\s+)?\d+|toàn\s+bộ(?:\s+các)?)\s+(tỉnh|huyện|xã|quận|phường|thị\s+xã|thị\s+trấn|thành\s+phố|địa\s+phương|bộ|ngành|sở)(?![\p{L}])/u;
const LIST_ON = /^\s*(?:,|và(?![\p{L}]))\s*/u;
const MAX_CLASS_LIST = 8;

function namesClass(doc: Doc, o: OrgMatch | null, end: number): boolean {
  let at = end;
  for (let i = 0; i < MAX_CLASS_LIST; i++) {
    const c = CLASS_AFTER.exec(doc.fold.slice(at, at + 40));
    // A local body of no level ("Đảng ủy" of "Bí thư Đảng ủy, Chủ tịch UBND các xã") is of the class's.
    if (c) return i === 0 || !o || (o.level === null && !o.national) || (o.level !== null && key(o.level) === (c[1] ?? '').replace(/\s+/gu, ' '));
    const on = LIST_ON.exec(doc.text.slice(at, at + 8));
    const next = on ? (parsePositionAt(doc, at + on[0].length, true) ?? plainItem(doc, at + on[0].length)) : null;
    if (!next || next.end <= at) return false;
    at = next.end;
  }
  return false;
}

const PLAIN_ITEM = /^[\p{Ll}\p{M}]+(?:[^\S\n]+[\p{Ll}\p{M}]+){0,3}?(?=[^\S\n]*,|[^\S\n]+của[^\S\n])/u;

/** "cán bộ địa chính": a lower-case item of a list of offices (a staff, no office), up to its comma or "của". */
function plainItem(doc: Doc, pos: number): { end: number } | null {
  const m = PLAIN_ITEM.exec(doc.text.slice(pos, pos + 40));
  return m && !/(?:^|\s)(?:và|của|các|những)(?:\s|$)/u.test(m[0]) ? { end: pos + m[0].length } : null;
}

// "- Ảnh: Báo Tây Ninh", "Nguồn: Cổng TTĐT tỉnh": a credit names who made the picture or the text, no body of the report.
const CREDIT_BEFORE = /(?:^|[^\p{L}])(?:ảnh|nguồn|video|clip)\s*:\s*$/u;
// "Đảng bộ, chính quyền và nhân dân tỉnh X": the locality's whole community, a scope (O5), no body acting.
const SCOPE_AFTER = /^\s*,\s*chính\s+quyền(?![\p{L}])/u;

/** "các ban HĐND huyện", "các phòng UBND tỉnh": a head straight on its council or committee, no field. */
function fieldless(doc: Doc, o: OrgMatch): boolean {
  const head = doc.words[firstWordFrom(doc, o.start)];
  const second = head ? doc.words[firstWordFrom(doc, head.end)] : undefined;
  return !!second && second.start < o.end && !!LEVEL_HEADS.at(doc, second.start) && !COMMITTEE_PART_NAMES.has(key(head?.text ?? ''));
}

function isScope(doc: Doc, o: OrgMatch): boolean {
  return o.committee === 'Đảng bộ' && key(o.name).startsWith('đảng bộ') && SCOPE_AFTER.test(doc.fold.slice(o.end, o.end + 20));
}

// "các Đảng bộ trực thuộc", "Đảng ủy trực thuộc Trung ương", "chi bộ trực thuộc Đảng ủy cơ sở":
// a committee named by its rank under another, or as grassroots, is a class of committees.
const RANK_AFTER = /^\s+(?:trực\s+thuộc|cơ\s+sở)(?![\p{L}])/u;

function isGeneric(doc: Doc, o: OrgMatch): boolean {
  if (o.committee && !o.place && key(o.name) === key(o.committee) && RANK_AFTER.test(doc.fold.slice(o.end, o.end + 16))) return true;
  const before = doc.fold.slice(Math.max(0, o.start - 20), o.start);
  if (CREDIT_BEFORE.test(before)) return true;
  if (isScope(doc, o)) return true;
  if (
    fieldless(doc, o) &&
    (GENERIC_BEFORE.test(doc.text.slice(Math.max(0, o.start - 8), o.start)) || PLURAL_LIST_BEFORE.test(doc.fold.slice(Math.max(0, o.start - 20), o.start)))
  )
    return true;
  if (o.level && !o.place && key(o.name).endsWith(` ${key(o.level)}`) && LEVELS_AFTER.test(doc.text.slice(o.end, o.end + 16))) return true;
  if (COUNT_BEFORE.test(before) || WORK_BEFORE.test(before)) return true;
  // "Đại hội Đảng bộ xã", "Đại hội đại biểu Đảng bộ tỉnh": the name of a congress, not a body acting.
  if (CONGRESS_BEFORE.test(doc.fold.slice(Math.max(0, o.start - 20), o.start))) return true;
  return (
    !o.anchored &&
    (GENERIC_AFTER.test(doc.text.slice(o.end, o.end + 12)) ||
      GENERIC_BEFORE.test(doc.text.slice(Math.max(0, o.start - 8), o.start)) ||
      SECTOR_BEFORE.test(doc.fold.slice(Math.max(0, o.start - 12), o.start)))
  );
}

// "ngành Thanh tra", "toàn ngành Y tế": a sector, all the bodies of a field, is no body.
const SECTOR_BEFORE = /(?:^|[^\p{L}])ngành\s+$/u;

const AND_NEXT = /^\s+và\s+/u;

/**
 * "Ban Pháp chế và Ban Kinh tế-Xã hội HĐND huyện" (O-c): the owning body and level written once
 * after two bodies of one head belong to each; the first, read bare, takes them from the second.
 */
function ownerShared(doc: Doc, o: OrgMatch, to: number): OrgMatch | null {
  if (o.anchored || o.national || o.place) return null;
  const and = AND_NEXT.exec(doc.text.slice(o.end, o.end + 6));
  const second = and ? parseOrgAt(doc, o.end + and[0].length, undefined, true) : null;
  const head = o.name.split(' ')[0];
  if (!second?.anchored || second.national || second.end > to || second.name.split(' ')[0] !== head) return null;
  // The owner is the anchored body the second name ends with ("HĐND huyện" of "Ban … HĐND huyện").
  for (let i = firstWordFrom(doc, second.start) + 2; i < doc.words.length; i++) {
    const w = doc.words[i] as Word;
    if (w.start >= second.end) break;
    const owner = parseOrgAt(doc, w.start);
    if (owner?.anchored && owner.end === second.end && cap(w))
      return { ...o, name: `${o.name} ${owner.name}`, place: owner.place, level: owner.level, anchored: true, committee: owner.committee ?? null };
  }
  return null;
}

export interface FoundOrg extends OrgMatch {
  /** Where the mention is, for evidence; issuers of directives point at the citation. */
  evStart: number;
  evEnd: number;
}

/**
 * Body mentions in [from, to), skipping `masked` spans (positions, read on their own); with
 * `senders`, the body that sent a team too ("Ban Bí thư" of "Đoàn kiểm tra của Ban Bí thư"), a
 * body of the report but not one that holds the team's meeting.
 */
export function scanOrganizations(doc: Doc, from: number, to: number, masked: Array<{ start: number; end: number }>, senders = false): FoundOrg[] {
  const out: FoundOrg[] = [];
  let next = from;
  const isMasked = coverage(masked);
  // Words are in text order: only those in [from, to) are read.
  for (let i = firstWordFrom(doc, from); i < doc.words.length; i++) {
    const w = doc.words[i] as Word;
    if (w.start >= to) break;
    if (w.start < next) continue;
    // A body or an office begins with a phrase of the lexicon: most words begin none.
    if (!anyMayStart(doc, w.start)) continue;
    if (isMasked(w.start) || inShoutedLine(doc, w.start)) continue;
    // An office with no person ("Phó Bí thư Thường trực Huyện ủy chỉ đạo"): its body is the
    // body after the office, not "Thường trực Huyện ủy".
    const pos = cap(w) && TITLES.at(doc, w.start) ? parsePositionAt(doc, w.start) : null;
    const whole = pos ? parseOrgAt(doc, w.start, undefined, true) : null; // "Thủ tướng Chính phủ" is a body
    if (pos?.org && pos.end <= to && !(whole && whole.end >= pos.end)) {
      if (!isGeneric(doc, pos.org) && !namesClass(doc, pos.org, pos.end)) out.push({ ...pos.org, evStart: pos.org.start, evEnd: pos.org.end });
      next = pos.end;
      continue;
    }
    // A title that names its body ("Trưởng đoàn Đại biểu Quốc hội") written for a class of them.
    if (pos && !pos.org && pos.end <= to && namesClass(doc, null, pos.end)) {
      next = pos.end;
      continue;
    }
    const o = parseOrgAt(doc, w.start, undefined, true);
    // "các Bộ: Tài chính, Nội vụ": a head before a colon, one body per item.
    const enumerated = o ? [] : colonListItems(doc, w.start).filter((x) => x.end <= to);
    if (enumerated.length > 0) {
      for (const x of enumerated) out.push({ ...x, evStart: x.start, evEnd: x.end });
      next = (enumerated.at(-1) as OrgMatch).end;
      continue;
    }
    if (!o || o.end > to || NOT_BODIES.has(key(o.name))) continue;
    // "các Ban Chỉ đạo Tây Nguyên, Tây Bắc …": a plural head with its list is no generic phrase.
    // "Đảng ủy, HĐND, UBND xã X": one level and place for the list.
    // "Đảng bộ, chính quyền và nhân dân tỉnh": no list of bodies sharing the level.
    if (isScope(doc, o)) {
      next = o.end;
      continue;
    }
    const listed = sharedLevelItems(doc, o).filter((x) => x.end <= to);
    if (listed.length > 0) {
      for (const x of listed) out.push({ ...x, evStart: x.start, evEnd: x.end });
      next = (listed.at(-1) as OrgMatch).end;
      continue;
    }
    const items = sharedHeadItems(doc, o).filter((x) => x.end <= to);
    if (items.length > 1) {
      for (const x of items) out.push({ ...x, evStart: x.start, evEnd: x.end });
      next = (items.at(-1) as OrgMatch).end;
      continue;
    }
    if (isGeneric(doc, o)) {
      next = o.end;
      continue;
    }
    const sharing = ownerShared(doc, o, to);
    out.push({ ...(sharing ?? o), evStart: o.start, evEnd: o.end });
    // "Đoàn kiểm tra của Ban Bí thư": the team, and the body that sent it.
    if (senders && o.sender && !isGeneric(doc, o.sender)) out.push({ ...o.sender, evStart: o.sender.start, evEnd: o.sender.end });
    next = o.end;
  }
  return out;
}

const OF_ISSUER = /\scủa\s/u;

/**
 * The part of a named resolution's citation that is its title: "các Nghị quyết của Hội nghị lần
 * thứ 5 Ban Chấp hành Trung ương Đảng" names the body that adopted them after "của", as a
 * numbered document names its issuer ("Chỉ thị 05 của Bộ Chính trị"); "Nghị quyết Hội nghị lần
 * thứ tám Ban Chấp hành Trung ương Đảng" is a title only.
 */
export function titleBeforeIssuer(doc: Doc, span: { start: number; end: number }): { start: number; end: number } {
  const of = OF_ISSUER.exec(doc.fold.slice(span.start, span.end));
  return of ? { start: span.start, end: span.start + of.index } : span;
}

/**
 * "Thủ tướng Chính phủ đã chỉ đạo", "Hội nghị Thủ tướng Chính phủ với doanh nghiệp": an office
 * read as a body is its holder acting, or part of an event's name; it is a body of the report as
 * the issuer of a document ("Quyết định … của Thủ tướng Chính phủ"), the one who delegates or the
 * addressee of a submission ("trình Thủ tướng Chính phủ").
 */
export function isOfficeActing(doc: Doc, o: OrgMatch): boolean {
  if (!OFFICE_BODIES.has(key(o.name))) return false;
  // "do Thủ tướng Chính phủ thành lập": the author of an act, as an issuer is.
  if (AUTHOR_BEFORE.test(doc.fold.slice(Math.max(0, o.start - 4), o.start)) && AUTHOR_AFTER.test(doc.fold.slice(o.end, o.end + 24))) return false;
  return !ISSUER_BEFORE.test(doc.fold.slice(Math.max(0, o.start - 90), o.start));
}

const AUTHOR_BEFORE = /(?:^|[^\p{L}])do\s+$/u;
const AUTHOR_AFTER = /^\s+(?:quyết\s+định\s+)?(?:thành\s+lập|ban\s+hành|phê\s+duyệt|ký)(?![\p{L}])/u;

/**
 * Whether an offset lies in one of `spans`, for offsets asked in increasing order: the spans
 * merged once and walked with the offsets, instead of all of them tried at every word.
 */
function coverage(spans: ReadonlyArray<{ start: number; end: number }>): (at: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = spans.filter((s) => s.start < s.end).sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let j = 0;
  return (at) => {
    while (j < merged.length && (merged[j] as { end: number }).end <= at) j++;
    const m = merged[j];
    return m !== undefined && m.start <= at;
  };
}

/** A body named at the start of a free string (an affiliation in a by-line). */
export function parseOrgPrefix(s: string): OrgMatch | null {
  return parseOrgAt(makeDoc(s), 0);
}

/** A body named in a free string (a directive's issuer). */
export function parseOrgName(name: string): OrgMatch | null {
  const d = makeDoc(name);
  const o = parseOrgAt(d, 0);
  return o && o.end >= name.trimEnd().length - 1 ? o : null;
}

// The lines in capitals (shouted headlines) of a document: where each line starts, found once,
// and whether a line is shouted, read when a word of it is first asked about.
function inShoutedLine(doc: Doc, pos: number): boolean {
  let lines = doc.shouted;
  if (!lines) {
    const starts = [0];
    for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) starts.push(i + 1);
    doc.shouted = lines = { starts, shouted: new Uint8Array(starts.length), last: 0 };
  }
  if (pos < 0 || pos >= doc.text.length || doc.text.charCodeAt(pos) === 0x0a) return false;
  // The last line starting at or before pos: the line asked last, or found by halving.
  const { starts, shouted } = lines;
  let line = lines.last;
  if (!((starts[line] as number) <= pos && pos < lineEnd(starts, line, doc.text.length))) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    lines.last = line = lo;
  }
  let v = shouted[line] as number;
  if (v === 0) shouted[line] = v = mostlyUpperCase(doc.text, starts[line] as number, lineEnd(starts, line, doc.text.length), 20, 0.6) ? 1 : 2;
  return v === 1;
}

// Where line `l` ends (before its line break); a module function, not a closure made per call.
function lineEnd(starts: readonly number[], l: number, length: number): number {
  return l + 1 < starts.length ? (starts[l + 1] as number) - 1 : length;
}

export interface ResolvedOrg {
  name: string;
  /** The name as this mention wrote it, before bodies named two ways were made one (O7). */
  written: string;
  place: string | null;
  national: boolean;
  level: string | null;
  evStart: number;
  evEnd: number;
}

/**
 * Resolves names and places. `homeLevel` is the organizer's level: bodies whose name gives no
 * level (a "Khối Khoa giáo") work at it. `localities` maps a level to the place names the
 * article gives for it; `homePlace`, the organizer's place, wins for its level when several are named.
 */
export function resolveOrganizations(
  found: FoundOrg[],
  homeLevel: string | null,
  localities: Map<string, Map<string, number>>,
  homePlace: string | null = null,
  organizers: readonly FoundOrg[] = [],
): {
  orgs: ResolvedOrg[];
  rename: (o: OrgMatch) => ResolvedOrg;
} {
  const res: Resolution = { anchored: found.filter((o) => o.anchored), homeLevel, localities, homePlace, firstForm: new Map() };
  const { firstForm } = res;
  // The organizer of the reported meeting, as the account of the meeting names it ("Ban Bí thư đã
  // họp" after a summary line naming "Ban Bí thư Trung ương Đảng"); then the first form in the
  // text's order, whichever reader found it.
  for (const f of [...organizers, ...[...found].sort((a, b) => a.evStart - b.evStart)]) {
    const n = completion(res, f).name;
    if (!firstForm.has(partyDepartmentKey(n))) firstForm.set(partyDepartmentKey(n), n);
  }
  const orgs: ResolvedOrg[] = [];
  for (const f of found) {
    // "Bí thư Trung ương Đảng", "Ủy viên Trung ương": a rank, no body of the report (P3).
    if (f.unnamed) continue;
    const r = { ...rename(res, f), evStart: f.evStart, evEnd: f.evEnd };
    if (NOT_BODIES.has(key(r.name))) continue;
    // A bare name nothing completes is kept only when no anchored body starts with it.
    // A committee part nothing completes ("Ban Thường vụ" alone) names no body.
    if (!completion(res, f).anchored && COMMITTEE_PART_NAMES.has(key(r.name))) continue;
    const dk = partyDepartmentKey(r.name);
    if (!firstForm.has(dk)) firstForm.set(dk, r.name);
    if (!orgs.some((x) => key(x.name) === key(r.name) && x.place === r.place)) orgs.push(r);
  }
  const kept = orgs.filter((o) => o.place === null || !orgs.some((x) => x !== o && x.place === o.place && key(x.name) === withLevelWord(o)));
  return { orgs: kept, rename: rename.bind(null, res) };
}

// What resolving an article's bodies knows, for the module functions below (not closures made
// per call: tsx, with esbuild's keepNames, names every closure made, at a cost).
interface Resolution {
  anchored: FoundOrg[];
  homeLevel: string | null;
  localities: Map<string, Map<string, number>>;
  homePlace: string | null;
  // "Ban Tuyên giáo huyện" and "Ban Tuyên giáo Huyện ủy" are one body (O7: only the Party has
  // these departments); it keeps the first form the article writes.
  firstForm: Map<string, string>;
}

function completion(r: Resolution, o: OrgMatch): OrgMatch {
  if (o.anchored || o.national) return o;
  // "Sở Xây dựng" is whole: a department of one level only is the same body with its level word
  // ("Sở Xây dựng tỉnh"), which completes nothing (the two are one entry, in the first form).
  const fixed = FIXED_LEVEL_NAME.test(key(o.name));
  const longer = r.anchored.filter((a) => key(a.name).startsWith(`${key(o.name)} `) && !(fixed && stripLevelWord(key(a.name)) === key(o.name)));
  // With no organizer level, a local candidate ("Ban cán sự đảng UBND tỉnh") and a national one
  // ("… Thanh tra Chính phủ") are both possible: only a single candidate completes the name.
  const mixed = r.homeLevel === null && longer.some((a) => a.level !== null) && longer.some((a) => a.level === null);
  const pick =
    (mixed ? undefined : longer.find((a) => a.level === r.homeLevel)) ?? (new Set(longer.map((a) => key(a.name))).size === 1 ? longer[0] : undefined);
  return pick ? { ...o, name: pick.name, place: o.place ?? pick.place, level: pick.level, anchored: true } : o;
}

function placeOf(r: Resolution, o: OrgMatch): string | null {
  const { homeLevel, homePlace, localities } = r;
  if (o.national || NATIONAL_NAMES.has(key(o.name))) return null;
  if (o.place) return o.place;
  // "Tổ công tác", "Tổ giúp việc": an ad-hoc team is named for its task, not a level; no place unless written.
  if (AD_HOC_TEAM.test(key(o.name))) return null;
  const level = o.level ?? homeLevel;
  const names = level
    ? (localities.get(level) ??
      cityWritten(localities, level) ??
      (level === 'tỉnh' && !WRITES_PROVINCE.test(key(o.name)) ? centralCity(localities) : undefined))
    : undefined;
  const [only] = names?.size === 1 ? names.keys() : [];
  if (only !== undefined) return only;
  // Another unit of the same level named in passing: the organizer's own place still holds.
  // A centrally-run city has no "tỉnh": an organizer placed in one places no "Công an tỉnh".
  if (level !== null && level === homeLevel && homePlace && !(CENTRAL_CITIES.has(key(homePlace)) && WRITES_PROVINCE.test(key(o.name)))) return homePlace;
  // "Ban Chấp hành đảng bộ tỉnh" in a report on one province that names another in passing:
  // the level word alone is the unit the report is about, the one it names more than all others.
  return names ? dominant(names) : null;
}

function rename(r: Resolution, o: OrgMatch): ResolvedOrg {
  const c = completion(r, o);
  const same = r.firstForm.get(partyDepartmentKey(c.name));
  return {
    name: same ?? c.name,
    written: c.name,
    place: placeOf(r, c),
    national: c.national || NATIONAL_NAMES.has(key(c.name)),
    level: c.level ?? r.homeLevel,
    evStart: o.start,
    evEnd: o.end,
  };
}

// "Đảng bộ và nhân dân xã X" and "Đảng bộ xã X": one body, in the form with its level word.
function withLevelWord(o: ResolvedOrg): string {
  return o.level && !key(o.name).endsWith(` ${key(o.level)}`) ? key(`${o.name} ${o.level}`) : '';
}

/** The place named more often than all the others together, or null. */
function dominant(names: Map<string, number>): string | null {
  let total = 0;
  for (const n of names.values()) total += n;
  for (const [place, n] of names) if (2 * n > total) return place;
  return null;
}

const CENTRAL_CITIES = new Set(CENTRAL_CITY_NAMES.map(key));
const CITY_LEVEL = /^(?:thành phố|tp\.?)$/u;
// "Tỉnh ủy", "UBND tỉnh" write the province: a city has none (its Party committee is a Thành ủy).
const WRITES_PROVINCE = /(?:^| )tỉnh(?: |$)|^tỉnh ủy/u;

/** "thành phố" written "TP" (or the other way): the places the article gives for the city's level word. */
function cityWritten(localities: Map<string, Map<string, number>>, level: string): Map<string, number> | undefined {
  if (!CITY_LEVEL.test(key(level))) return undefined;
  const out = new Map<string, number>();
  for (const [lv, places] of localities) if (CITY_LEVEL.test(key(lv))) for (const [p, n] of places) out.set(p, (out.get(p) ?? 0) + n);
  return out.size > 0 ? out : undefined;
}

/**
 * A centrally-run city ("TP Hà Nội") is of province level: its departments ("Sở VHTT") are
 * placed by it when the article names no province.
 */
function centralCity(localities: Map<string, Map<string, number>>): Map<string, number> | undefined {
  // The level as written: "thành phố", "TP", "Tp.".
  const cities = [...localities]
    .filter(([level]) => CITY_LEVEL.test(key(level)))
    .flatMap(([, places]) => [...places])
    .filter(([place]) => CENTRAL_CITIES.has(key(place)));
  return cities.length > 0 ? new Map(cities) : undefined;
}

/**
 * Place names the article gives per level, with how often: "huyện Tịnh Biên", "Thành ủy Hà
 * Tĩnh" (thành phố).
 */
export function findLocalities(doc: Doc, found: OrgMatch[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  // "Sở GD&ĐT Hà Nội": a department of province level placed in a centrally-run city names the
  // city, not a province ("Công an tỉnh" elsewhere in the article is not of Hà Nội).
  for (const o of found)
    if (o.place && o.level)
      countPlace(out, o.level === 'tỉnh' && CENTRAL_CITIES.has(key(o.place)) && !WRITES_PROVINCE.test(key(o.name)) ? 'thành phố' : o.level, o.place);
  const words = doc.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    // Most words start no level word: told by the word's run, before the word is read.
    if (!LEVELS.mayStartAtWord(doc, i) || cap(w)) continue;
    const lv = LEVELS.at(doc, w.start);
    if (!lv) continue;
    const place = placeAfter(doc, lv.end);
    if (place) countPlace(out, lv.canonical, place.text);
  }
  return out;
}

function countPlace(out: Map<string, Map<string, number>>, level: string, place: string): void {
  const places = out.get(level) ?? new Map<string, number>();
  places.set(place, (places.get(place) ?? 0) + 1);
  out.set(level, places);
}

const PARTY_DEPARTMENT = /^(ban (?:tuyên giáo|dân vận|tổ chức)) (?:(tỉnh|huyện|thành phố|thị xã|quận)|(tỉnh ủy|huyện ủy|thành ủy|thị ủy|quận ủy))$/u;
const COMMITTEE_OF_LEVEL: Record<string, string> = { tỉnh: 'tỉnh ủy', huyện: 'huyện ủy', 'thành phố': 'thành ủy', 'thị xã': 'thị ủy', quận: 'quận ủy' };

// partyDepartmentKey is asked again and again for the same names while bodies are merged (and tsx
// rebuilds its look-behind pattern at every call): memoised, as key() is.
/** One key for a Party department named by its level or by its committee. */
const partyDepartmentKey = boundedMemo(readPartyDepartmentKey);

function readPartyDepartmentKey(name: string): string {
  // "Hội đồng nhân dân tỉnh" and "HĐND tỉnh", "Ủy ban Kiểm tra Trung ương" and "UBKT Trung
  // ương", "Phòng Thương mại và Công nghiệp Việt Nam" and "VCCI", "Ủy ban Trung ương Mặt trận Tổ
  // quốc Việt Nam" and "Ủy ban Trung ương MTTQ Việt Nam" are one body written in full and short.
  // "Thi đua - Khen thưởng" and "Thi đua-Khen thưởng": a dash joining two fields, spaced or not.
  const k = key(name)
    .replace(/\s*[-–—]\s*/gu, ' - ')
    // "Bộ GD & ĐT", "Bộ GD &ĐT" and "Bộ GD&ĐT": "&" inside a name, however spaced.
    .replace(/\s*&\s*/gu, '&')
    .replace(/^hội đồng nhân dân(?= |$)/u, 'hđnd')
    .replace(/(?<=^|[ (])mặt trận tổ quốc(?= |$)/u, 'mttq')
    .replace(/^(?:ủy|uỷ) ban nhân dân(?= |$)/u, 'ubnd')
    .replace(/^(?:ủy|uỷ) ban kiểm tra(?= |$)/u, 'ubkt')
    .replace(/^phòng thương mại và công nghiệp việt nam$/u, 'vcci');
  const m = PARTY_DEPARTMENT.exec(k);
  if (!m) return centralKey(stripLevelWord(levelWordKey(ministryKey(k))));
  return `${m[1]} ${m[3] ?? COMMITTEE_OF_LEVEL[m[2] ?? ''] ?? m[2]}`;
}

// Each first word run of a known field, with the one field it begins ("giao thông" → "giao thông vận tải").
const FIELD_BEGINNINGS = new Map<string, string | null>();
for (const f of FIELD_NAMES.map(key)) {
  const words = f.split(' ');
  for (let n = 2; n < words.length; n++) {
    const begin = words.slice(0, n).join(' ');
    // "và", "," and "-" end no beginning: "bộ tài nguyên và" is no form of a name.
    if (/[,&-]$|^.* và$/u.test(begin)) continue;
    FIELD_BEGINNINGS.set(begin, FIELD_BEGINNINGS.has(begin) && FIELD_BEGINNINGS.get(begin) !== f ? null : f);
  }
}

/** "Bộ Giao thông" and "Bộ Giao thông vận tải": a ministry written short by its field's first words is one body. */
function ministryKey(k: string): string {
  if (!k.startsWith('bộ ')) return k;
  const full = FIELD_BEGINNINGS.get(k.slice(3));
  return full ? `bộ ${full}` : k;
}

// "Sở", "Chi cục": heads of one level (a province's, a centrally-run city's departments).
const FIXED_LEVEL_NAME = /^(?:sở|chi cục) /u;
const FIXED_LEVEL_WORD = / (?:tỉnh|thành phố|tp\.?)$/u;

/** "sở xây dựng tỉnh" → "sở xây dựng": a department of one level written with its level word. */
function stripLevelWord(k: string): string {
  return FIXED_LEVEL_NAME.test(k) ? k.replace(FIXED_LEVEL_WORD, '') : k;
}

// "HĐND TP" and "HĐND thành phố", "Bảo hiểm xã hội tỉnh" and "BHXH tỉnh": a level word, a body
// written short or in full.
function levelWordKey(k: string): string {
  return k.replace(/ tp\.?$/u, ' thành phố').replace(/^bảo hiểm xã hội(?= |$)/u, 'bhxh');
}

// "T.Ư", "TW" and "Trung ương" are one word written short or in full; "Trung ương Đảng" is the
// Party's Centre, the one a name with "Trung ương" alone means.
const CENTRAL_TAIL = / (?:trung ương|t\.ư|t\.w|tư|tw)(?: đảng)?$/u;

/**
 * "Ban Chấp hành Trung ương Đảng" and "Ban Chấp hành Trung ương", "Ủy ban Kiểm tra T.Ư" and
 * "Ủy ban Kiểm tra Trung ương": one central body written with and without "Đảng", short or in
 * full. A body that exists only at the Centre ("Ban Bí thư", a national name alone) is that
 * body with "Trung ương (Đảng)" too.
 */
function centralKey(k: string): string {
  const tail = CENTRAL_TAIL.exec(k);
  if (!tail) return k;
  const body = k.slice(0, tail.index);
  return NATIONAL_NAMES.has(body) ? body : `${body} trung ương`;
}
