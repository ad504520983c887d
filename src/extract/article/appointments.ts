// Offices given in personnel phrases: elections, appointments and dismissals as council
// sessions and personnel news write them (the verbs of Luật Tổ chức chính quyền địa phương
// 2015 and of HĐND resolutions: bầu, miễn nhiệm, bãi nhiệm, cho thôi làm nhiệm vụ …), and
// an office joined to a name across a bracketed aside:
//   "miễn nhiệm chức vụ X đối với ông A (…) và ông B"    office first, holders after "đối với"/"với"
//   "A, …, và B, …, đã được HĐND tỉnh … bầu giữ chức X"  the subjects joined before "được"
//   "bà A (em dâu ông B) là / đang là / lên làm X"       an aside between the name and "là"/"làm"
//   "ông A (khi đó đang làm X)", "ông B (hiện đang giữ chức X)"   the office inside the aside
// Every office read here is told in narrative: no role at the meeting. Each mention names a
// person found by people.ts (its introducer or family name), so no name is read here.
import { nextWord, type Doc } from './doc.js';
import type { Mention } from './people.js';
import { parseOrgAt } from './orgParser.js';
import { parsePositionAt, parsePositionsAfter, type PositionMatch } from './positionParser.js';
import { matchesAfterBoundary } from '../../text/index.js';

// The verb, then the word for the office ("chức vụ", "chức danh"), then a count ("bầu bổ sung
// chức danh 2 Phó Chủ tịch"). Led by no letter (checked by matchesAfterBoundary).
const OFFICE_FIRST =
  /(?:miễn\s+nhiệm|bãi\s+nhiệm|cách\s+chức|bổ\s+nhiệm|bầu\s+bổ\s+sung|bầu|bổ\s+sung|phê\s+chuẩn(?:\s+kết\s+quả\s+(?:bầu|miễn\s+nhiệm))?|xác\s+nhận\s+kết\s+quả\s+bầu(?:\s+bổ\s+sung)?|(?:cho\s+)?thôi\s+(?:làm\s+nhiệm\s+vụ|giữ\s+chức(?:\s+vụ)?))(?:\s+(?:chức\s+vụ|chức\s+danh))?\s+(?:\d+\s+)?(?=\p{L})/gu;
// Between the office and its holders: the council's term ("khóa XV (nhiệm kỳ 2016 - 2021)").
const TERM_GAP = /^(?:\s*(?:,|khóa\s+[ivxlc\d]+|nhiệm\s+kỳ\s+\d{4}\s*[-–]\s*\d{4}|\([^()]{1,40}\)))*\s*(?:đối\s+với|với)\s+/u;
const HOLDER_HEAD = /^\s*(?:\d+\s+|các\s+)?(?:ông|bà|đồng\s+chí)?\s*:?\s*$/u;
// "ông A, Giám đốc Sở Tài chính và ông B": the next holder of a list (what lies between is the
// previous one's mention, or the rest of its title that no reader took).
const HOLDER_NEXT = /^[^.;:!?“”"]{0,60}?(?:,|\s)\s*(?:và|,)\s*(?:(?:ông|bà|đồng\s+chí)\s+)?$|^\s*,\s*(?:(?:ông|bà|đồng\s+chí)\s+)?$/u;

// "được HĐND tỉnh ngày 13-7 bầu giữ chức X", "được giới thiệu và dân bầu trúng đại biểu …".
const PASSIVE =
  /được\s+(?:[^.;:!?“”"()]{0,40}?\s)?(?:bầu|bổ\s+nhiệm|bầu\s+bổ\s+sung|điều\s+động|phân\s+công)\s+(?:giữ\s+chức(?:\s+vụ|\s+danh)?|làm|trúng)\s+/gu;
const SUBJECT_AND = /^[^.;:!?“”"]{0,60}?(?:,|\s)\s*và\s*(?:(?:ông|bà|đồng\s+chí)\s+)?$/u;
const SUBJECT_GAP = /^[^.;:!?“”"()]{0,30}?,?\s*(?:(?:đã|vừa|cùng|đều|cũng)\s+)*$/u;
const SHORT_SUBJECT = /(?:^|[^\p{L}])(?:[ôÔ]ng|[bB]à)\s+(\p{Lu}\p{Ll}*)\s+(?:(?:đã|vừa|cũng)\s+)*$/u;

// After a name: an aside in brackets, then the verb that joins the office ("là", "đang là",
// "từ cán bộ xã lên làm", "trúng cử").
const ASIDE_THEN =
  /^\s*\([^()]{1,60}\)\s*(?:,\s*)?(?:(?:hiện|hiện\s+nay|nay|khi\s+đó|lúc\s+đó|đã|từng|vẫn|đang|cũng)\s+)*(?:là|(?:từ\s+[^.;:!?()]{1,40}?\s+)?(?:thăng\s+tiến\s+)?(?:lên\s+)?làm|trúng\s+cử|giữ\s+chức(?:\s+vụ)?)\s+/u;
// The office inside the aside: "(khi đó đang làm X)", "(hiện đang giữ chức X)".
const INSIDE_ASIDE =
  /^\s*\(\s*(?:(?:hiện|hiện\s+nay|khi\s+đó|lúc\s+đó|thời\s+điểm\s+đó|trước\s+đó)\s*,?\s*)?(?:đang\s+|đã\s+|từng\s+)?(?:là|làm|giữ\s+chức(?:\s+vụ)?)\s+/u;
const SHORT_ASIDE = /(?:[ôÔ]ng|[bB]à)\s+(\p{Lu}\p{Ll}*)\s*\(/gu;
const TRUNG_CU = /^\s+(?:(?:đã|vừa|đều)\s+)*trúng\s+cử\s+/u;

/** Narrative mentions of the offices personnel phrases in [from, to) give to people of `found`. */
export function appointmentMentions(doc: Doc, from: number, to: number, found: readonly Mention[]): Mention[] {
  const named = found.filter((m) => m.name && !m.narrative).sort((a, b) => a.nameStart - b.nameStart);
  const out: Mention[] = [];
  const fold = doc.fold.slice(from, to);
  for (const c of matchesAfterBoundary(OFFICE_FIRST, fold)) {
    const positions = officesAt(doc, from + c.index + c[0].length);
    const last = positions.at(-1);
    const gap = last ? TERM_GAP.exec(doc.fold.slice(last.end, last.end + 80)) : null;
    if (!last || !gap) continue;
    for (const m of holdersFrom(doc, named, last.end + gap[0].length)) push(out, to, m, positions);
  }
  for (const p of matchesAfterBoundary(PASSIVE, fold)) {
    const at = from + p.index;
    const positions = officesAt(doc, at + p[0].length);
    if (positions.length === 0) continue;
    for (const m of subjectsBefore(doc, named, at)) push(out, to, m, positions);
  }
  for (const m of named) {
    const tail = doc.fold.slice(m.nameEnd, m.nameEnd + 120);
    const aside = ASIDE_THEN.exec(tail) ?? INSIDE_ASIDE.exec(tail) ?? TRUNG_CU.exec(tail);
    if (aside) push(out, to, m, officesAt(doc, m.nameEnd + aside[0].length, false));
  }
  // "ông Hùng (đang làm Phó Chủ tịch UBND xã)": the given name of a person named in full before.
  for (const s of matchesAfterBoundary(SHORT_ASIDE, doc.text.slice(from, to))) {
    const at = from + s.index;
    const inside = INSIDE_ASIDE.exec(doc.fold.slice(at + s[0].length - 1, at + s[0].length + 60));
    const full = named.filter((m) => m.nameEnd <= at && m.name.split(' ').at(-1) === s[1]).at(-1);
    if (inside && full) push(out, to, full, officesAt(doc, at + s[0].length - 1 + inside[0].length, false));
  }
  return out;
}

/** The offices from `pos`: a run of positions, or "đại biểu HĐND huyện" (a council's deputy). */
function officesAt(doc: Doc, pos: number, allowLower = true): PositionMatch[] {
  const first = parsePositionAt(doc, pos, allowLower) ?? deputyAt(doc, pos);
  return first ? [first, ...parsePositionsAfter(doc, first.end)] : [];
}

const DEPUTY = /^(?:đại\s+biểu\s+)(?=\p{L})/u;

/** "đại biểu HĐND TP": a deputy of a People's Council holds "Đại biểu" of that council. */
function deputyAt(doc: Doc, pos: number): PositionMatch | null {
  const d = DEPUTY.exec(doc.fold.slice(pos, pos + 12));
  const org = d ? parseOrgAt(doc, pos + d[0].length) : null;
  if (!d || !org || !/^(?:HĐND|Hội đồng nhân dân)(?:\s|$)/iu.test(org.name)) return null;
  return { title: 'Đại biểu', org, implied: false, start: nextWord(doc, pos)?.start ?? pos, end: org.end };
}

/** The people named in a list that starts at `pos` ("ông A (…) và ông B"). */
function holdersFrom(doc: Doc, named: readonly Mention[], pos: number): Mention[] {
  const out: Mention[] = [];
  let at = pos;
  for (const m of named) {
    if (m.nameStart < at) continue;
    const gap = doc.fold.slice(at, m.nameStart);
    if (!(out.length === 0 ? HOLDER_HEAD : HOLDER_NEXT).test(gap)) break;
    out.push(m);
    at = Math.max(m.end, m.nameEnd);
  }
  return out;
}

/** The subjects of "được … bầu" at `at`: the person named right before, and those joined to them. */
function subjectsBefore(doc: Doc, named: readonly Mention[], at: number): Mention[] {
  const before = named.filter((m) => m.nameEnd <= at);
  const lastM = before.at(-1);
  if (!lastM || !SUBJECT_GAP.test(doc.fold.slice(Math.max(lastM.end, lastM.nameEnd), at))) {
    // "bà Hoàng được bầu …": the given name of a person named in full before.
    const s = SHORT_SUBJECT.exec(doc.text.slice(Math.max(0, at - 30), at));
    const full = s ? before.filter((m) => m.name.split(' ').at(-1) === s[1]).at(-1) : undefined;
    return full ? [full] : [];
  }
  // "A, B và C được bầu": a comma joins subjects only before the "và" that closes the list
  // ("của bà A, ông B được bổ nhiệm" is B alone, named after A).
  const out = [lastM];
  let closed = false;
  for (let i = before.length - 2; i >= 0; i--) {
    const m = before[i] as Mention;
    const gap = doc.fold.slice(Math.max(m.end, m.nameEnd), (out[0] as Mention).nameStart);
    const and = SUBJECT_AND.test(gap);
    if (!and && !(closed && HOLDER_NEXT.test(gap))) break;
    closed ||= and;
    out.unshift(m);
  }
  return out;
}

function push(out: Mention[], to: number, m: Mention, positions: PositionMatch[]): void {
  const first = positions[0];
  const last = positions.at(-1);
  if (first && last && last.end <= to)
    out.push({ name: m.name, nameStart: m.nameStart, nameEnd: m.nameEnd, positions, start: first.start, end: last.end, narrative: true });
}
