// Sessions a national report tells without a verb of holding and a kind after it:
//   "Từ ngày 3 đến 6-4, Hội nghị lần thứ hai Ban Chấp hành Trung ương Đảng khóa XII đã họp để
//    thảo luận …"                 a plenum's communiqué: the numbered meeting is the subject of "họp"
//   "Sáng 8.3, Quốc hội đã biểu quyết thông qua Luật X. … Toàn cảnh phiên họp"
//                                  a sitting of Quốc hội, told by what Quốc hội did, named "phiên họp"
// Read only when the lead gives no meeting the usual way (meetingLeads.ts), in the report's
// opening sentences (a recalled plenum further down is background).
import type { Span } from './sentences.js';
import type { MeetingLead } from './meetingLeads.js';
import { readLeadDate, type DayMonth } from './meetingDate.js';
import { calendarDate } from '../../text/index.js';
import { capitalizeFirst, fold } from './text.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
/** The sentences a report states its meeting in: headline, lead and the one after. */
const OPENING_SENTENCES = 4;
const OPENING_CHARS = 1500;
/** How far a caption of the sitting is looked for: the length of a long report. */
const SITTING_NOUN_CHARS = 12000;

/**
 * A run of days "từ ngày 5-5 đến 10-5-2017", "từ ngày 3 đến 6-4", "từ 3/4 đến ngày 6/4/2017":
 * a meeting of several days is dated by its first (the month and year, when the first day
 * omits them, are the last day's).
 */
const DAY_RANGE =
  /^(?:(?:sáng|chiều|tối|trưa)\s+)?(?:trong\s+)?(?:từ\s+)?(?:ngày\s+)?(\d{1,2})(?:\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?)?\s+(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?!\d)\s*,?\s*/u;

export function readDayRange(f: string): { date: DayMonth | null; length: number } | null {
  const m = DAY_RANGE.exec(f);
  if (!m) return null;
  const month = Number(m[2] ?? m[5]);
  const year = m[3] ?? m[6];
  return { date: calendarDate(Number(m[1]), month, year === undefined ? null : Number(year)), length: m[0].length };
}

function readDate(f: string, text: string): { date: DayMonth | null; length: number } | null {
  return readDayRange(f) ?? readLeadDate(text);
}

/** Where the date may open the clause: the sentence's start or after a framing clause ("Thực hiện Chương trình làm việc toàn khóa, …"). */
const FRAME = /^(?:[^,.;:]{3,120}?,\s+){1,3}?(?=(?:sáng|chiều|tối|trưa|ngày|từ\s+ngày|từ)\s+\d|(?:sáng|chiều|tối|trưa|từ)\s+ngày\s+\d)/u;
// What FRAME's last comma and look-ahead need somewhere: most sentences have none, and this scan
// costs a fraction of FRAME's lazy pieces failing at every length.
const FRAME_AFTER = /,\s+(?:sáng|chiều|tối|trưa|ngày|từ)\s/u;
const PLACE = /^tại\s+[^,]{1,80},\s*/u;
const NAME_CHAR = '(?:[^,.;:!?()"“”\\n]|\\.(?=\\p{L}))';
/** "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII", "Kỳ họp thứ 4, HĐND tỉnh X khóa IX": a body's numbered meeting. */
const NUMBERED = new RegExp(
  `^(?:hội\\s+nghị|kỳ\\s+họp|phiên\\s+họp)\\s+(?:lần\\s+)?thứ\\s+[\\p{L}\\d]+\\s*,?\\s+(?:của\\s+)?(?=\\p{L})${NAME_CHAR}{2,100}?(?:\\s+\\(?khóa\\s+(?:[ivxlc]+|\\d+)\\)?)?(?=\\s+(?:(?:đã|vừa)\\s+)?họp${'(?![\\p{L}])'})`,
  'u',
);
/** "… đã họp để thảo luận", "đã họp, cho ý kiến", "đã họp từ ngày …": met; "sẽ họp" is a plan and never reaches here. */
const MET =
  /^\s+(?:(?:đã|vừa)\s+)?họp(?=\s*[,.;:]|\s+(?:để|nhằm|và|bàn|thảo\s+luận|xem\s+xét|cho\s+ý\s+kiến|quyết\s+định|từ|trong|ngày|sáng|chiều|tại)(?![\p{L}]))/u;
/** "… khóa XV sẽ họp", "… dự kiến họp": a plan, whose modal the lazy name would take in. */
const MODAL_END = /(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp|chưa|không|đang|chuẩn\s+bị)$/u;
const ORDINAL_HEAD = /^\S+(?:\s+\S+)?\s+(?:lần\s+)?thứ\s+[\p{L}\d]+\s*,?\s+(?:của\s+)?/u;

/**
 * An assembly's plenary acts: "Quốc hội (QH) đã biểu quyết thông qua …", "Ủy ban Thường vụ Quốc
 * hội cho ý kiến về …"; a chair's clause may come first ("dưới sự điều hành của …, Quốc hội …").
 */
const UNDER = /^dưới\s+sự\s+(?:chủ\s+trì|điều\s+hành|điều\s+khiển)\s+của\s+[^,]{3,150},\s*/u;
/**
 * A vote is reported with its count before the voters: "Chiều 19/6, với 89,21% tán thành, các đại
 * biểu Quốc hội đã bấm nút thông qua …", "với 450/466 đại biểu tán thành, Quốc hội …".
 */
const VOTE_COUNT =
  /^với\s+(?:(?:gần|hơn|trên|khoảng)\s+)?\d+(?:[,.]\d+)?\s*(?:%|\/\s*\d+)[^,.;]{0,60}?(?<![\p{L}])(?:tán\s+thành|đồng\s+ý|nhất\s+trí)(?:\s+[^,.;]{0,30})?,\s*/u;
/** Deputies who vote act as the assembly: "(các) đại biểu Quốc hội đã bấm nút …" is a plenary sitting of Quốc hội. */
const DEPUTIES = /^(?:(?:các|nhiều|đa\s+số)\s+)?(?:vị\s+)?đại\s+biểu\s+(?=quốc\s+hội(?![\p{L}]))/u;
const ASSEMBLY = /^(?:ủy\s+ban\s+thường\s+vụ\s+quốc\s+hội|quốc\s+hội)(?:\s*\([\p{L}]{2,8}\))?(?=\s)/u;
const PLENARY_ACT =
  /^\s+(?:(?:đã|vừa|tiếp\s+tục)\s+)*(?:biểu\s+quyết(?:\s+thông\s+qua)?|thông\s+qua|bỏ\s+phiếu|(?:bấm|nhấn)\s+nút|nghe|chất\s+vấn|cho\s+ý\s+kiến|bầu|miễn\s+nhiệm|phê\s+chuẩn)(?![\p{L}])/u;
/** The sitting's own noun, bare ("Toàn cảnh phiên họp", "tại phiên họp sáng nay"): not a numbered one or another body's. */
const SITTING_NOUN =
  /(?<![\p{L}])phiên\s+họp(?=\s*(?:[.,;:]|$)|\s+(?:sáng|chiều|tối|hôm|này|toàn\s+thể)(?![\p{L}])|\s+\p{Ll})(?!\s+(?:thứ|lần|của|chính\s+phủ)(?![\p{L}]))/u;
const SITTING_CAPTION = /(?<![\p{L}])(?:toàn|quang)\s+cảnh\s+phiên\s+họp(?=\s*(?:[.,;:]|$))/u;
const PLANNED_BEFORE = /(?:sẽ|dự\s+kiến|sắp)\s+(?:\S+\s+){0,3}$/u;

interface Opening {
  at: number;
  date: DayMonth | null;
}

/** The clause after the lead's date, for each place the date may open the sentence. */
function datedOpenings(text: string, f: string, s: Span): Opening[] {
  const out: Opening[] = [];
  const head = f.slice(s.start, Math.min(s.end, s.start + 300));
  const frame = FRAME_AFTER.test(head) ? FRAME.exec(head) : null;
  for (const from of frame ? [s.start, s.start + frame[0].length] : [s.start]) {
    const d = readDate(f.slice(from, s.end), text.slice(from, s.end));
    if (!d) continue;
    const at = from + d.length;
    out.push({ at: at + (PLACE.exec(f.slice(at, s.end))?.[0].length ?? 0), date: d.date });
  }
  return out;
}

function plenumCommunique(text: string, f: string, s: Span, o: Opening): MeetingLead | null {
  const n = NUMBERED.exec(f.slice(o.at, s.end));
  if (!n || MODAL_END.test(n[0]) || !MET.test(f.slice(o.at + n[0].length, s.end))) return null;
  const start = o.at;
  const end = o.at + n[0].length;
  const head = ORDINAL_HEAD.exec(f.slice(start, end));
  return {
    title: capitalizeFirst(text.slice(start, end).replace(/\s+/g, ' ').trim()),
    date: o.date,
    organizer: head ? { start: start + head[0].length, end } : { start, end: start },
    titleSpan: { start, end },
    sentence: s,
    shape: 'kindFirst',
  };
}

/**
 * "Kỳ họp thứ ba, Quốc hội khóa XIV": the session a Quốc hội sitting belongs to, when the report
 * names it held (not "sẽ", "sắp", "chuẩn bị", nor one recalled or petitioned "sau", "trước",
 * "gửi đến"): the sitting is that session's (gold-genre conventions, 104 and 109).
 */
const SESSION_OF_TERM = /(?<![\p{L}])kỳ\s+họp\s+(?:lần\s+)?thứ\s+[\p{L}\d]+\s*,?\s+quốc\s+hội\s+khóa\s+(?:[ivxlc]+|\d+)(?![\p{L}\d])/gu;
const NOT_HELD_BEFORE = /(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp|chuẩn\s+bị|sau|trước|gửi\s+(?:đến|tới|lên)|tới|cho)\s+(?:\S+\s+){0,2}$/u;

function sessionNamed(text: string, f: string): MeetingLead['titleSpan'] | null {
  for (const m of f.slice(0, OPENING_CHARS * 2).matchAll(SESSION_OF_TERM)) {
    if (NOT_HELD_BEFORE.test(f.slice(Math.max(0, m.index - 30), m.index))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function assemblySitting(text: string, f: string, s: Span, o: Opening, nounAt: number): MeetingLead | null {
  const under = UNDER.exec(f.slice(o.at, s.end)) ?? VOTE_COUNT.exec(f.slice(o.at, s.end));
  const subject = o.at + (under?.[0].length ?? 0);
  const at = subject + (DEPUTIES.exec(f.slice(subject, s.end))?.[0].length ?? 0);
  const body = ASSEMBLY.exec(f.slice(at, s.end));
  if (!body || !PLENARY_ACT.test(f.slice(at + body[0].length, s.end))) return null;
  const bodyEnd = at + body[0].replace(/\s*\([^)]*\)$/u, '').length;
  const session = body[0].startsWith('quốc') ? sessionNamed(text, f) : null;
  return {
    title: session ? capitalizeFirst(text.slice(session.start, session.end).replace(/\s+/g, ' ')) : 'Phiên họp',
    date: o.date,
    organizer: { start: at, end: bodyEnd },
    titleSpan: session ?? { start: nounAt, end: nounAt + 'phiên họp'.length },
    sentence: s,
    shape: 'sitting',
  };
}

/**
 * The first bare "phiên họp" the report names near its top, not in a plan; else a photo caption
 * of the sitting ("Toàn cảnh phiên họp.", "Quang cảnh phiên họp"), which may stand anywhere among
 * the report's paragraphs (a "phiên họp" further down in running text may be another sitting's,
 * "giám sát … tại phiên họp tháng 8"); -1 when none.
 */
function sittingNoun(f: string): number {
  const top = f.slice(0, OPENING_CHARS * 2);
  const m = SITTING_NOUN.exec(top);
  if (m && !PLANNED_BEFORE.test(top.slice(Math.max(0, m.index - 40), m.index))) return m.index;
  const caption = SITTING_CAPTION.exec(f.slice(0, SITTING_NOUN_CHARS));
  return caption ? caption.index + caption[0].length - 'phiên họp'.length : -1;
}

/** `folded`: `fold(text)` when the caller has it. */
export function findReportedSessions(text: string, spans: Span[], folded?: string): MeetingLead[] {
  const f = folded ?? fold(text);
  let noun: number | undefined;
  for (const s of spans.slice(0, OPENING_SENTENCES)) {
    if (s.start >= OPENING_CHARS) break;
    for (const o of datedOpenings(text, f, s)) {
      const plenum = plenumCommunique(text, f, s, o);
      if (plenum) return [plenum];
      noun ??= sittingNoun(f);
      const sitting = noun >= 0 ? assemblySitting(text, f, s, o, noun) : null;
      if (sitting) return [sitting];
    }
  }
  return [];
}
