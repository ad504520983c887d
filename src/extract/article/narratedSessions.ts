// Meetings a national report tells as a narrative, with no "X tổ chức/chủ trì Hội nghị …" in its lead:
//   "Chiều 3-4, Quốc hội làm việc tại hội trường dưới sự điều hành của Phó Chủ tịch Quốc hội X."
//        a plenary sitting of Quốc hội, told by where the assembly worked; "Phiên họp" unless the
//        lead names its session ("Kỳ họp thứ ba, Quốc hội khóa XV"), as 157 and 047 of gold-genre;
//   "Làm việc với lãnh đạo tỉnh chiều nay, Chủ tịch nước đề nghị …"
//        a working session whose verb opens the sentence, the leader as its subject after the
//        comma; titled "Buổi làm việc với …" with the noun the report uses for it later;
//   "Bộ trưởng X cho biết như vậy tại buổi họp báo công bố kết quả Hội nghị Y, chiều 9/3."
//        a statement (often the headline's) placed at a meeting named and dated after it.
// Read only when no lead is found the usual ways (meetingLeads.ts, reportedSessions.ts), in the
// report's opening sentences. Matched on the fold of the text (same length).
import data from '../data/article/meetings.json' with { type: 'json' };
import type { Span } from './sentences.js';
import type { MeetingLead } from './meetingLeads.js';
import { readLeadDate, type DayMonth } from './meetingDate.js';
import { calendarDate, daysInMonth } from '../../text/index.js';
import { capitalizeFirst, fold, isCapitalized, phrasePattern } from './text.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const OPENING_SENTENCES = 4;
const OPENING_CHARS = 1500;
/** Framing clauses before the date: "Tiếp tục chương trình làm việc, chiều 22-5, …". */
const CLAUSE_COMMA = /,\s+/gu;
const MAX_FRAME_CHARS = 200;

/**
 * The assembly "làm việc tại hội trường" / "họp phiên toàn thể tại hội trường": a plenary sitting, not
 * a group one; deputies who work there act as the assembly ("các đại biểu Quốc hội làm việc tại hội trường").
 */
const ASSEMBLY_AT_WORK =
  /^(?:dưới\s+sự\s+(?:chủ\s+trì|điều\s+hành|điều\s+khiển)\s+của\s+[^,]{3,150},\s*)?(?:(?:các\s+)?(?:vị\s+)?đại\s+biểu\s+)?quốc\s+hội(?:\s*\([\p{L}]{2,4}\))?\s+(?:(?:đã|tiếp\s+tục)\s+)*(?:làm\s+việc|họp\s+phiên\s+toàn\s+thể)\s+(?:tại|ở)\s+(?:hội\s+trường|phiên\s+họp\s+toàn\s+thể)(?![\p{L}])/u;
/**
 * "Kỳ họp thứ ba, Quốc hội khóa XIV" named by the headline or by the lead before the sitting's act:
 * the sitting is that session's (gold-genre 104, 085, 137); one the lead goes on to recall ("…;
 * tại Kỳ họp thứ 8, Quốc hội khóa XIII đã có Nghị quyết …") or one planned is not.
 */
const SESSION_OF_TERM = /(?<![\p{L}])kỳ\s+họp\s+(?:lần\s+)?thứ\s+[\p{L}\d]+\s*,?\s+quốc\s+hội\s+khóa\s+(?:[ivxlc]+|\d+)(?![\p{L}\d])/u;
const NOT_HELD_BEFORE = /(?<![\p{L}])(?:từ|sau|trước|đến|tới|sẽ|dự\s+kiến|sắp|chuẩn\s+bị)\s+$/u;

const PLANNED_AFTER = /^\s*(?:(?:sẽ|dự\s+kiến|sắp)(?![\p{L}])|\s(?:tới|sắp\s+tới)(?![\p{L}]))/u;

function sessionIn(f: string, from: number, to: number): Span | null {
  const m = SESSION_OF_TERM.exec(f.slice(from, to));
  if (!m || NOT_HELD_BEFORE.test(f.slice(Math.max(0, from + m.index - 20), from + m.index))) return null;
  if (PLANNED_AFTER.test(f.slice(from + m.index + m[0].length, to))) return null;
  return { start: from + m.index, end: from + m.index + m[0].length };
}

/** The date opening the clause: at the sentence's start or after one to three framing clauses. */
function openings(text: string, f: string, s: Span): Array<{ at: number; date: DayMonth | null }> {
  const froms = [s.start];
  const head = f.slice(s.start, Math.min(s.end, s.start + MAX_FRAME_CHARS));
  for (const m of head.matchAll(CLAUSE_COMMA)) {
    if (froms.length > 3) break;
    froms.push(s.start + m.index + m[0].length);
  }
  const out: Array<{ at: number; date: DayMonth | null }> = [];
  for (const from of froms) {
    if (!/^(?:sáng|chiều|tối|trưa|ngày|hôm)\s/u.test(f.slice(from, from + 6)) && from !== s.start) continue;
    const d = readLeadDate(text.slice(from, s.end));
    if (d) out.push({ at: from + d.length, date: d.date });
  }
  return out;
}

function assemblyAtWork(text: string, f: string, s: Span, headline: Span | null): MeetingLead | null {
  for (const o of openings(text, f, s)) {
    const m = ASSEMBLY_AT_WORK.exec(f.slice(o.at, s.end));
    if (!m) continue;
    const body = /quốc\s+hội/u.exec(m[0]);
    const bodyStart = o.at + (body?.index ?? 0);
    const session = sessionIn(f, s.start, o.at + m[0].length) ?? (headline ? sessionIn(f, headline.start, headline.end) : null);
    return {
      title: session ? capitalizeFirst(text.slice(session.start, session.end).replace(/\s+/g, ' ')) : 'Phiên họp',
      date: o.date,
      organizer: { start: bodyStart, end: bodyStart + 'quốc hội'.length },
      titleSpan: session ?? { start: o.at, end: o.at + m[0].length },
      sentence: s,
      shape: 'sitting',
    };
  }
  return null;
}

/**
 * "Làm việc với lãnh đạo chủ chốt của tỉnh chiều nay, Tổng Bí thư …": the partner runs to the
 * time phrase (or to the comma), a capitalised subject follows the comma.
 */
const BARE_WORKING =
  /^(?:trong\s+)?(?:buổi\s+)?làm\s+việc\s+với\s+([^,.;:]{2,120}?)(?:\s+(?:(?:vào\s+)?(?:sáng|chiều|tối|trưa|hôm)\s+(?:nay|qua)|(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?))?\s*,\s+(?=\p{L})/u;
const PARTNER_OPENS = /^(?:lãnh\s+đạo|đại\s+diện|ban\s+thường\s+vụ|thường\s+trực|các|tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s/u;
const RELATIVE_DAY = /(?:sáng|chiều|tối|trưa|hôm)\s+(nay|qua)$/u;
/** The report's day written in brackets: "hôm nay (7/7)", "Chiều qua (6/7)" (the day before). */
const DAY_IN_BRACKETS = /(?<![\p{L}])(?:hôm|sáng|chiều|tối|trưa)\s+(nay|qua)\s*\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*\)/gu;
const REPORT_DAY_CHARS = 12000;
const WORKING_NOUN_LATER = /(?<![\p{L}])(buổi|cuộc)\s+làm\s+việc(?![\p{L}])/u;

/** The day a report calls "nay": written so in brackets, or the day after its "qua (6/7)". */
export function reportToday(f: string): DayMonth | null {
  for (const m of f.slice(0, REPORT_DAY_CHARS).matchAll(DAY_IN_BRACKETS)) {
    const d = calendarDate(Number(m[2]), Number(m[3]));
    if (!d) continue;
    if (m[1] === 'nay') return d;
    // The year is unknown: the day after the last of February is not told.
    if (d.month === 2 && d.day >= 28) return null;
    return d.day < daysInMonth(d.month, null) ? { ...d, day: d.day + 1 } : calendarDate(1, (d.month % 12) + 1);
  }
  return null;
}

function bareWorking(text: string, f: string, s: Span): MeetingLead | null {
  const m = BARE_WORKING.exec(f.slice(s.start, s.end));
  if (!m?.[1]) return null;
  const partnerStart = s.start + m[0].indexOf(m[1]);
  const partnerEnd = partnerStart + m[1].length;
  // The partner is a body (capitalised: "UBND tỉnh X", "Ban Thường vụ …"), a locality or bodies' leaders;
  // whether it names one is checked with the other working sessions (extractArticle.ts).
  if (!PARTNER_OPENS.test(m[1]) && !isCapitalized(text.charAt(partnerStart))) return null;
  const subject = text.charAt(s.start + m[0].length);
  if (subject !== subject.toUpperCase()) return null;
  const when = f
    .slice(partnerEnd, s.start + m[0].length)
    .replace(/\s*,\s*$/u, '')
    .trim();
  const date =
    when === ''
      ? null
      : RELATIVE_DAY.exec(when)?.[1] === 'nay'
        ? reportToday(f)
        : RELATIVE_DAY.test(when)
          ? null
          : (readLeadDate(when.replace(/^vào\s+/u, ''))?.date ?? null);
  const noun = WORKING_NOUN_LATER.exec(f.slice(s.end))?.[1] ?? 'buổi';
  return {
    title: `${capitalizeFirst(noun)} làm việc với ${text.slice(partnerStart, partnerEnd).replace(/\s+/g, ' ')}`,
    date,
    organizer: { start: s.start, end: s.start },
    titleSpan: { start: partnerStart, end: partnerEnd },
    sentence: s,
    shape: 'working',
    // A leader working with one named body: that body hosts the session and is its organizer
    // (gold-genre conventions, 072); with a province's leaders, none named as a body, there is none (163).
    ...(isCapitalized(text.charAt(partnerStart)) ? { team: true } : {}),
  };
}

const alt = (xs: readonly string[]): string =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => phrasePattern(x))
    .join('|');
/** A verb of speech, "(như vậy)", "tại", a meeting's kind: the statement was made at that meeting. */
const SAID_AT = new RegExp(
  `(?<![\\p{L}])(?:cho\\s+biết|chia\\s+sẻ|nhấn\\s+mạnh|khẳng\\s+định|thông\\s+tin|thông\\s+báo|phát\\s+biểu|nói|đề\\s+nghị|yêu\\s+cầu)(?:\\s+(?:như\\s+vậy|như\\s+trên|điều\\s+này))?\\s+tại\\s+(?=(?:${alt(data.kinds)})(?![\\p{L}]))`,
  'u',
);
/** The day after the meeting's name, ending the sentence: "…, chiều 17/5.", "… sáng nay (9/3)". */
const DATED_END =
  /,\s*((?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|(?:sáng|chiều|tối|trưa|hôm)\s+nay(?:\s*\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*\))?)\s*[.;]?\s*$/u;
const SAID_SENTENCES = 3;
/** Summits of foreign leaders and games named with a meeting word (meetings.json): no meetings of bodies. */
const NOT_MEETINGS = new RegExp(`^(?:${alt(data.notMeetings)})(?![\\p{L}\\p{N}])`, 'u');
const PLANNED = /(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp)(?![\p{L}])/u;

function saidAtDated(text: string, f: string, s: Span): MeetingLead | null {
  const fs = f.slice(s.start, s.end);
  const m = SAID_AT.exec(fs);
  if (!m) return null;
  const start = m.index + m[0].length;
  if (NOT_MEETINGS.test(fs.slice(start))) return null;
  const d = DATED_END.exec(fs.slice(start));
  if (!d?.[1]) return null;
  const nameEnd = start + d.index;
  if (PLANNED.test(fs.slice(start, nameEnd)) || /[.;:!?]/u.test(fs.slice(start, nameEnd))) return null;
  const when = d[1];
  const date = /nay/u.test(when) ? (readLeadDate(when.replace(/^.*\(\s*|\s*\)$/gu, ''))?.date ?? reportToday(f)) : (readLeadDate(when)?.date ?? null);
  const title = text
    .slice(s.start + start, s.start + nameEnd)
    .replace(/\s+/g, ' ')
    .trim();
  if (title.length < 4) return null;
  return {
    title: capitalizeFirst(title),
    date,
    organizer: { start: s.start + start, end: s.start + start },
    titleSpan: { start: s.start + start, end: s.start + nameEnd },
    sentence: s,
    shape: 'kindFirst',
  };
}

/** `folded`: `fold(text)` when the caller has it. */
export function findNarratedSessions(text: string, spans: Span[], folded?: string): MeetingLead[] {
  const f = folded ?? fold(text);
  const opening = spans.slice(0, OPENING_SENTENCES).filter((s) => s.start < OPENING_CHARS);
  for (const s of opening) {
    const headline = spans[0] && spans[0] !== s ? spans[0] : null;
    const found = assemblyAtWork(text, f, s, headline) ?? bareWorking(text, f, s);
    if (found) return [found];
  }
  for (const s of opening.slice(0, SAID_SENTENCES)) {
    const found = saidAtDated(text, f, s);
    if (found) return [found];
  }
  return [];
}
