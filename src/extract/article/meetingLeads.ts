// The meeting(s) an article reports, from the sentence that opens on the day it was held. The
// shapes reports use (Hướng dẫn 36-HD/VPTW reporting style, national agencies' leads):
//   "Ngày 19/7, Ban Tuyên giáo Huyện ủy (đã) tổ chức hội nghị giao ban …"      organizer, verb, kind
//   "Sáng 17/5, Thủ tướng … chủ trì Hội nghị …"                               a person's role verb, kind
//   "Chiều 21/6, Hội thảo về … đã diễn ra tại …", "… Kỳ họp thứ 4 … khai mạc"  the kind first, then held
//   "Chiều 15/5, Đoàn kiểm tra … đã làm việc với Ban cán sự Đảng …"            a working session
//   "Ngày 3-7, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15", "Chính phủ họp phiên thường kỳ tháng 6"
//   "Chiều 26/5, Quốc hội thảo luận ở tổ về …"                                 a National Assembly sitting
//   "Ngày 7/7, … đã có buổi tiếp xúc cử tri …"
// A meeting only planned ("sẽ tổ chức", "tham mưu … tổ chức") is not reported. Ceremonies,
// festivals and shows are not meetings (contract), so their words are no kind here.
// Everything is matched on the fold of the text (same length), so both tone placements match.
import data from '../data/article/meetings.json' with { type: 'json' };
import type { Span } from './sentences.js';
import { LEAD_DATE, readLeadDate, type DayMonth } from './meetingDate.js';
import { isHeadlineShaped } from './title.js';
import { capitalizeFirst, fold, key, phrasePattern } from './text.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const TERM_AFTER = /^\s+khóa\s+(?:[ivxlc]+|\d+)(?![\p{L}\d])/u;
const UPPER_LETTER = /\p{Lu}/u;
const NUMBERED_OF_TERM = /^\S+(?:\s+\S+)?\s+(?:lần\s+)?thứ\s+[\p{L}\d]+,\s+[^,]{2,60}?\s+khóa\s+(?:[ivxlc]+|\d+)(?![\p{L}\d])/u;
const WORKING_NOUN = /(?<![\p{L}])(buổi|cuộc)\s+làm\s+việc(?![\p{L}])/u;

const alt = (xs: readonly string[]): string =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => phrasePattern(x))
    .join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const KINDS = `(?:${alt(data.kinds)})${E}`;
const AUX = '(?:(?:đã|vừa|long\\s+trọng|chính\\s+thức|tiếp\\s+tục|cùng)\\s+)*';

const VERB_KIND = new RegExp(`${B}${AUX}(?:${alt(data.verbs)})\\s+(?:thành\\s+công\\s+)?(?=${KINDS})`, 'u');
/** The kind opens the clause and a verb of being held follows: "Hội thảo về … đã diễn ra". */
const KIND_FIRST = new RegExp(`^(?=${KINDS})`, 'u');
const HELD = new RegExp(`\\s*,?\\s+(?:(?:đã|đang|vừa|chính\\s+thức|được)\\s+)*(?:${alt(data.heldVerbs)})${E}`, 'u');
// "đến thăm và làm việc với …", "thăm, làm việc với …": a visit joined to the working session is part of its verb.
const WORKING = new RegExp(`${B}${AUX}(?:(?:có\\s+(?:buổi|cuộc)|(?:đến\\s+)?thăm(?:\\s+và|\\s*,)|đến|về)\\s+)?làm\\s+việc\\s+với\\s+`, 'u');
const HAS_SESSION = new RegExp(`${B}${AUX}có\\s+(?=(?:buổi|cuộc)\\s+(?:làm\\s+việc|họp)${E}(?!\\s+(?:với|mặt|báo)${E}))`, 'u');
// An event's organizing committee among the subjects ("LĐBĐ X và Ban tổ chức Giải Y đã có cuộc làm việc"): a games' or a show's business, no meeting of bodies.
const EVENT_COMMITTEE_IN = /(?:^|\s)(?:ban\s+tổ\s+chức|btc)(?![\p{L}])/u;
const HOP_SESSION = new RegExp(`${B}${AUX}họp\\s+(phiên|kỳ)(?=\\s)`, 'u');
const HOLDS_BEFORE = new RegExp(`${B}${AUX}(?:tổ\\s+chức|tiến\\s+hành|triệu\\s+tập)\\s+$`, 'u');
const HOP_BARE = new RegExp(`${B}(?:đã|vừa)\\s+họp(?=\\s*(?:[,.;]|$|dưới\\s|để\\s|nhằm\\s|và\\s|cho\\s|xem\\s|bàn\\s|thảo\\s))`, 'u');
const DEBATE = new RegExp(`${B}${AUX}thảo\\s+luận\\s+((?:ở|tại)\\s+(?:tổ|hội\\s+trường))${E}`, 'u');
const VOTERS = new RegExp(`${B}${AUX}(?:có\\s+(?:buổi|cuộc)\\s+)?tiếp\\s+xúc\\s+cử\\s+tri${E}`, 'u');
/** "…, Hội nghị do Tỉnh ủy tổ chức", "Đoàn … do Phó Thủ tướng X làm Trưởng đoàn": the subject ends before "do". */
const BY = /\s*,?\s+do\s+/u;
const UNDER = /^dưới\s+sự\s+(?:chủ\s+trì|điều\s+hành|chỉ\s+đạo)\s+của\s+[^,]{3,150},\s*/u;
const ORGANIZER_OPENS = new RegExp(`^(?:${alt(data.notOrganizerOpeners)})${E}`, 'u');
const EVENT_COMMITTEE = /^(?:Ban tổ chức|BTC)(?![\p{L}\p{N}])/u;
/** Gatherings named with a meeting word that are sport or summits abroad, not meetings of bodies. */
const NOT_MEETINGS = new RegExp(`^(?:${alt(data.notMeetings)})${E}`, 'u');
/** "Kỳ họp … vào ngày 8/2 tới", "… sắp diễn ra": announced, not held. */
const PLANNED_TITLE = /(?:^|\s)(?:sẽ|dự kiến|sắp\s+(?:diễn|tới|tổ|được|khai))(?![\p{L}])|\s(?:tới|sắp tới)$/u;
const PLACE_LEAD = /^tại\s+[^,]{1,80},\s*/u;
const KIND_IN_HEADLINE = new RegExp(`(?:^|:\\s*)(?=${KINDS})`, 'u');
const DAY_IN_TEXT = /(?:sáng|chiều|tối|trưa)?\s*ngày\s+\d{1,2}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{2,4})?/u;
/**
 * A lead glued to what precedes it when line breaks are lost ("… Ảnh: TTXVN Sáng 18/5, Ban Bí
 * thư …", "Ngày đăng 2021-09 Sáng ngày 3/9, …"): a capitalised time word inside the sentence
 * opens the lead.
 */
const INNER_OPENING = /(?<=\s)(?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Sáng nay|Chiều nay|Đúng)\s+(?:nay\s+|qua\s+|ngày\s+)?\(?\d{1,2}\s*[/\-.]\s*\d{1,2})/gu;
const HAS_CAPITAL = UPPER_LETTER;
/** What INNER_OPENING needs somewhere in the sentence: most sentences hold none, and its look-behind is tried at every offset. */
const OPENING_WORD = /Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Đúng/u;
/** A kind of meeting anywhere: VERB_KIND needs one after its verb, and is tried at every offset. */
const KIND_ANYWHERE = new RegExp(KINDS, 'u');
const LEAD_PARAGRAPHS = 8;
/** A title read up to its verb of being held is a name, not a clause: longer is not a title. */
const MAX_KIND_FIRST_TITLE = 220;
/**
 * A report states its meeting at the top: with the body on one line (line breaks lost) a dated
 * "tổ chức hội nghị" far into that line is background, like one in a later paragraph.
 */
const LEAD_CHARS = 1500;

function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n\s*\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

export interface MeetingLead {
  title: string;
  date: DayMonth | null;
  /** Offsets in the text; empty (start = end) when no body is named as organizer. */
  organizer: Span;
  titleSpan: Span;
  sentence: Span;
  /** How the lead named it: a verb and a kind, the kind first, or a verb alone (working session, sitting). */
  shape: Shape;
  /** A team's working session: its host (the body in `titleSpan`) is an organizer too. */
  team?: boolean;
  /** Other sentences that tell the same meeting (a sapo and a lead), for what the first leaves out (its place). */
  retold?: Span[];
}

export type Shape = 'verbKind' | 'kindFirst' | 'working' | 'sitting';

/** The paragraph (index into `starts`) holding offset `at`. */
function paragraphOf(starts: readonly number[], at: number): number {
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= at) i++;
  return i;
}

/** Where `s` starts in its paragraph, Infinity past the lead paragraphs (a module function: tsx names each closure made, at a few µs). */
function offsetIn(starts: readonly number[], s: Span): number {
  const p = paragraphOf(starts, s.start);
  return p < LEAD_PARAGRAPHS ? s.start - (starts[p] ?? 0) : Infinity; // starts begins with 0
}

/** `folded`: `fold(text)` when the caller has it already. */
export function findMeetingLeads(text: string, allSpans: Span[], folded?: string): MeetingLead[] {
  const starts = paragraphStarts(text);
  // The report opens on its meeting; a dated "tổ chức hội nghị" deep in the body is background.
  const spans = allSpans.filter((s) => offsetIn(starts, s) < LEAD_CHARS);
  const f = folded ?? fold(text);
  const leads: MeetingLead[] = [];
  for (const s of spans) {
    const lead = datedLead(text, f, s);
    if (lead) addLead(leads, lead);
    if (!leads.some((l) => l.sentence === s)) {
      const after = kindFirstDatedAfter(text, f, s) ?? settingDatedAfter(text, f, s);
      if (after) addLead(leads, after);
    }
  }
  if (leads.length === 0) {
    const late = lateLead(text, f, allSpans, (s) => offsetIn(starts, s) >= LEAD_CHARS && offsetIn(starts, s) < LATE_LEAD_CHARS);
    if (late) addLead(leads, late);
  }
  if (leads.length > 0) return ofNamedMeeting(text, f, leads).map((l) => withHeadlineTerm(text, l));
  // No dated lead: the first undated "X tổ chức Hội nghị …" that is not a plan, or an opening
  // sentence where a team works with its host.
  for (const [i, s] of spans.entries()) {
    if (LEAD_DATE.test(text.slice(s.start, s.end))) continue;
    const lead = readLead(text, f, s, 0, null, s, true) ?? (i < SPOKEN_SENTENCES ? teamWorkingLead(text, f, s) : null);
    if (lead) return ofNamedMeeting(text, f, [{ ...lead, date: lead.date ?? reportDay(f) }]);
  }
  const spoken = spokenAtLead(text, f, spans);
  if (spoken) return ofNamedMeeting(text, f, [spoken]);
  const fromHeadline = headlineLead(text, f, spans);
  return fromHeadline ? [fromHeadline] : [];
}

/** The meeting a sentence opening on its day reports, the usual ways. */
function datedLead(text: string, f: string, s: Span): MeetingLead | null {
  for (const at of openings(text, f, s)) {
    const d = readLeadDate(text.slice(at, s.end));
    if (!d) continue;
    // An impossible day ("30/2") still opens the lead; the meeting just has no date.
    const setting = settingLead(text, f, at + d.length, d.date, s);
    const from = d.length + (PLACE_LEAD.exec(f.slice(at + d.length, s.end))?.[0].length ?? 0);
    const lead = setting ?? readLead(text, f, { start: at, end: s.end }, from, d.date, s);
    if (lead) return lead;
  }
  return null;
}

/**
 * A local report may open on a long account of the work ("Thời gian qua, huyện đã …") and come
 * to its meeting only then: "Ngày 9/3, UBND huyện X đã tổ chức hội nghị …. Phát biểu tại hội
 * nghị, …". With no meeting in the opening, a dated lead further down is the report's when
 * the next sentences go on with the account of it ("tại hội nghị", "hội nghị này"); one told
 * as earlier than something else ("Trước đó, …") is background.
 */
const LATE_LEAD_CHARS = 3000;
const FOLLOW_SENTENCES = 2;
const RECALLED = /^(?:trước\s+(?:đó|đây)|hồi|năm\s+\d{4}|tháng\s+\d)/u;
/** "tại hội nghị, …", "hội nghị này": the lead's kind named bare, not another meeting's name ("Tại Hội nghị lần thứ 7 …"). */
const BARE_AFTER = '(?:\\s+này)?(?![\\p{L}\\p{N}])(?!\\s+(?:lần|thứ|của|toàn|trực|ban|đảng|tỉnh|huyện|\\p{N}))';

function refersBack(f: string, n: Span, kind: string): boolean {
  const k = phrasePattern(kind);
  return new RegExp(`${B}(?:(?:tại|trong)\\s+${k}${BARE_AFTER}|${k}\\s+này${E})`, 'u').test(f.slice(n.start, n.end));
}

function lateLead(text: string, f: string, spans: Span[], late: (s: Span) => boolean): MeetingLead | null {
  for (const [i, s] of spans.entries()) {
    if (!late(s) || RECALLED.test(f.slice(s.start, s.end).trimStart())) continue;
    const lead = datedLead(text, f, s);
    if (!lead) continue;
    const next = spans.slice(i + 1, i + 1 + FOLLOW_SENTENCES);
    const kind = kindOf(lead.title);
    return next.some((n) => refersBack(f, n, kind)) ? lead : null;
  }
  return null;
}

/**
 * "Đoàn công tác của Bộ X do bà Y, Thứ trưởng, làm trưởng đoàn đã có buổi làm việc với tỉnh Z về
 * …": a team sent to a body reports its working session in the opening sentence even without
 * the day; the team, named first, is the subject (not a plan: "sẽ làm việc" stays out).
 */
const PHOTO_CREDIT_NEXT = /^[\s.]*\(?\s*(?:Ảnh|ảnh|Nguồn|nguồn)\s*(?::|\s+\p{Lu})/u;

function teamWorkingLead(text: string, f: string, s: Span): MeetingLead | null {
  if (!TEAM.test(f.slice(s.start, s.end))) return null;
  // A photo's caption ("Đoàn kiểm tra … làm việc với … Ảnh: K.Q"): a picture, not the report's lead.
  if (PHOTO_CREDIT_NEXT.test(text.slice(s.end, s.end + 40))) return null;
  const lead = readLead(text, f, s, 0, null, s);
  return lead?.team === true ? lead : null;
}

/** A sitting word alone ("điều hành phiên họp", "phát biểu tại Kỳ họp") names no meeting of its own. */
const BARE_SITTING = /^(?:phiên\s+(?:họp|khai\s+mạc|bế\s+mạc|thảo\s+luận|làm\s+việc)|kỳ\s+họp|hội\s+nghị|cuộc\s+họp)(?:\s+(?:buổi\s+)?(?:sáng|chiều|tối))?$/u;
// A name's words may hold an abbreviation's full stop ("BCH T.Ư"), no other sentence mark.
const NAME_CHAR = '(?:[^,.;:!?()"“”\\n]|\\.(?=\\p{L}))';
/**
 * A body's numbered meeting, named whole: "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng
 * khóa XII", "Kỳ họp thứ 3, Quốc hội khóa XIV", "Phiên họp thứ 12 của Ủy ban Thường vụ Quốc
 * hội khóa XIV" (ordinal in words or digits, the body, its term), and the Central Committee's
 * plenums written short: "Hội nghị Trung ương 5 (khóa XII)", "Hội nghị Trung ương lần thứ năm".
 */
const NUMBERED_MEETING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:hội\\s+nghị|kỳ\\s+họp|phiên\\s+họp)\\s+(?:lần\\s+)?thứ\\s+[\\p{L}\\d]+\\s*,?\\s+(?:của\\s+)?${NAME_CHAR}{2,80}?\\s+khóa\\s+(?:[ivxlc]+|\\d+)|hội\\s+nghị\\s+(?:ban\\s+chấp\\s+hành\\s+)?(?:trung\\s+ương|t\\.ư|tư)\\s+(?:đảng\\s+)?(?:lần\\s+thứ\\s+[\\p{L}\\d]+|\\d+)(?:\\s*,?\\s*\\(?khóa\\s+[ivxlc]+\\)?)?)${E}`,
  'gu',
);
/** "Nghị quyết Hội nghị Trung ương 4 khóa XII": a meeting named inside a document's name is that document's. */
const AS_DOCUMENT = /(?:nghị\s+quyết|kết\s+luận|chỉ\s+thị|quy\s+định|thông\s+báo|văn\s+kiện|tinh\s+thần|quyết\s+định)\s+(?:của\s+)?$/u;

/**
 * "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XII bước sang ngày làm việc thứ
 * năm. … thay mặt Bộ Chính trị điều hành phiên họp": a sitting named by its word alone is a
 * session of the numbered meeting the report names above it (or in it), not a meeting of its own.
 */
function ofNamedMeeting(text: string, f: string, leads: MeetingLead[]): MeetingLead[] {
  const out: MeetingLead[] = [];
  for (const l of leads) {
    const named = BARE_SITTING.test(key(l.title)) ? numberedMeetingBefore(f, l.sentence.end) : null;
    if (!named) {
      addLead(out, l);
      continue;
    }
    const title = capitalizeFirst(text.slice(named.start, named.end).replace(/\s+/g, ' '));
    const organizer = l.organizer.end > l.organizer.start ? l.organizer : bodyOfSession(f, named.start, named.end).organizer;
    addLead(out, { ...l, title, titleSpan: named, organizer });
  }
  return out;
}

function numberedMeetingBefore(f: string, end: number): Span | null {
  const scope = f.slice(0, Math.min(end, LEAD_CHARS * 2));
  for (const m of scope.matchAll(NUMBERED_MEETING)) {
    if (AS_DOCUMENT.test(scope.slice(Math.max(0, m.index - 24), m.index))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * "Bế mạc Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội khóa XIV" over a lead that writes
 * "… bế mạc Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội": the headline names the same
 * meeting with the body's term, which is part of its name.
 */
function withHeadlineTerm(text: string, l: MeetingLead): MeetingLead {
  const headline = findHeadline(text);
  if (!headline) return l;
  const h = key(headline);
  const at = h.indexOf(key(l.title));
  if (at < 0) return l;
  const term = TERM_AFTER.exec(h.slice(at + key(l.title).length));
  return term ? { ...l, title: `${l.title} khóa ${term[0].trim().split(/\s+/)[1]?.toUpperCase() ?? ''}` } : l;
}

function findHeadline(text: string): string | null {
  const first = text.split('\n', 1)[0] ?? '';
  return isHeadlineShaped(first) ? first : null;
}

/**
 * "Kết luận phần thảo luận … tại phiên họp Chính phủ thường kỳ tháng 5/2017, …, Thủ tướng nêu
 * rõ …": with no dated lead, an opening sentence that has a person speak, conclude or chair at
 * a named meeting reports it, dated by the report's own day ("hôm nay (3/6)") when it gives one.
 */
// A person's act at the meeting is written before "tại" and its name, or straight before the
// name: "phát biểu kết luận Hội nghị phát triển ngành tôm", "chủ trì Hội nghị …". A headline-like
// statement given as someone's words there names the meeting too: "Cần rà soát dự án là ý kiến
// của Chủ tịch UBND thành phố X tại cuộc tiếp xúc cử tri …, tổ chức sáng 21/6".
const AT_MEETING = new RegExp(
  `(?:^|[,.;:]\\s*)(?:(?:phát\\s+biểu|kết\\s+luận|chủ\\s+trì|điều\\s+hành|dự)(?![\\p{L}])[^,.;:]{0,80}?\\s+tại|(?:phát\\s+biểu\\s+)?(?:kết\\s+luận|chủ\\s+trì)|phát\\s+biểu\\s+(?:khai|bế)\\s+mạc)\\s+(?=${KINDS})|${B}là\\s+(?:các\\s+)?ý\\s+kiến\\s+của\\s+[^.;:]{2,160}?\\s+tại\\s+(?=(?:cuộc\\s+)?${KINDS})|${B}(?:cho\\s+biết|khẳng\\s+định|nhấn\\s+mạnh|nói|chia\\s+sẻ|phát\\s+biểu)\\s+(?:như\\s+(?:trên|vậy)|điều\\s+này)\\s+tại\\s+(?!(?:cuộc\\s+|buổi\\s+)?họp\\s+báo${E})(?=${KINDS})`,
  'u',
);
const TODAY = /(?<![\p{L}])(?:hôm|sáng|chiều|tối|trưa)\s+nay\s*\(\s*(\d{1,2}\s*[/\-.]\s*\d{1,2})\s*\)/u;
const SPOKEN_SENTENCES = 3;
/** "… tại cuộc tiếp xúc cử tri …, tổ chức sáng 21/6": the day it was held, written after its name. */
const HELD_ON_AFTER = /^\s*,\s*(?:được\s+)?(?:tổ\s+chức|diễn\s+ra)\s+(?:vào\s+)?(?=(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?\d)/u;

const PRESS_BRIEFING = /^(?:(?:cuộc|buổi)\s+)?họp\s+báo(?![\p{L}])/u;

/** The report's own day, written "hôm nay (3/6)", "sáng nay (3/7)", near the top. */
function reportDay(f: string): DayMonth | null {
  const today = TODAY.exec(f.slice(0, LEAD_CHARS));
  return today?.[1] ? (readLeadDate(today[1])?.date ?? null) : null;
}

function spokenAtLead(text: string, f: string, spans: Span[]): MeetingLead | null {
  for (const s of spans.slice(0, SPOKEN_SENTENCES)) {
    const m = AT_MEETING.exec(f.slice(s.start, s.end));
    if (!m) continue;
    const start = s.start + m.index + m[0].length;
    const title = cutTitle(text.slice(start, s.end), [', ']);
    if (!title || NOT_MEETINGS.test(f.slice(start)) || PLANNED_TITLE.test(key(title))) continue;
    // "Phát biểu tại cuộc họp báo ngày 5-7, người phát ngôn …": a press briefing named only as
    // where the words were said is the report's news source, not a meeting it reports.
    if (PRESS_BRIEFING.test(f.slice(start, start + 20))) continue;
    // "… tại buổi tiếp xúc cử tri tỉnh này ngày 12-5": a day ending the name is the meeting's.
    const titleDay = TITLE_DAY.exec(title);
    const named = titleDay ? title.slice(0, titleDay.index).replace(/\s+vào$/u, '') : title;
    const end = start + named.length;
    const held = titleDay ? null : HELD_ON_AFTER.exec(f.slice(end, s.end));
    const day = titleDay?.[1] ? readLeadDate(titleDay[1]) : held ? readLeadDate(text.slice(end + held[0].length, s.end)) : null;
    return {
      title: capitalizeFirst(resolveThisLocality(named, text.slice(s.start, start))),
      date: day ? day.date : reportDay(f),
      organizer: bodyAfterKind(text, f, start, end),
      titleSpan: { start, end },
      sentence: s,
      shape: 'kindFirst',
    };
  }
  return null;
}

/**
 * "đại biểu Quốc hội tỉnh Trà Vinh, cho biết … tại buổi tiếp xúc cử tri tỉnh này": "tỉnh này"
 * (this province) points back to the last locality of that level written before it in the
 * sentence, so the name is written with it ("… cử tri tỉnh Trà Vinh"); none written, as is.
 */
const THIS_LOCALITY = /(?<![\p{L}])(tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)\s+này(?![\p{L}])/u;
const NAME_WORDS = '\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}';

function resolveThisLocality(title: string, before: string): string {
  const m = THIS_LOCALITY.exec(title);
  if (!m?.[1]) return title;
  const level = m[1];
  const named = [...before.matchAll(new RegExp(`(?<![\\p{L}])${phrasePattern(level)}\\s+(${NAME_WORDS})`, 'gu'))].at(-1)?.[1];
  return named ? `${title.slice(0, m.index)}${level} ${named}${title.slice(m.index + m[0].length)}` : title;
}

/** "phiên họp Chính phủ …", "Hội nghị Tỉnh ủy …": a body named right after the kind word holds the meeting. */
function bodyAfterKind(text: string, f: string, start: number, end: number): Span {
  const k = KIND_AT.exec(f.slice(start, end));
  const at = k ? start + k[0].length + 1 : -1;
  return k && UPPER_LETTER.test(text.charAt(at)) ? { start: at, end } : { start, end: start };
}

/**
 * National reports open on a framing clause before the day: "Tiếp tục chương trình làm việc,
 * sáng 12/7, …", "Thực hiện quyết định của Bộ Chính trị, ngày 26/5, …". The day after the
 * sentence's first comma opens the lead, or one after a framing clause with commas of its own
 * (a meeting named with its body's term: "Tiếp tục chương trình tiếp xúc cử tri sau Kỳ họp thứ
 * ba, Quốc hội khóa XIV, ngày 27/6, …"), up to three pieces.
 */
const LEAD_IN_DATE = /^(?:[^,.;:]{3,120}?,\s+){1,3}?(?=(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d))/u;
// What LEAD_IN_DATE's last comma and look-ahead need somewhere: most sentences have none, and
// this scan costs a fraction of LEAD_IN_DATE's lazy pieces failing at every length.
const LEAD_IN_DATE_AFTER = /,\s+(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?\d/u;

/**
 * "Liên quan đến việc … bị san bằng khi làm dự án …, sáng ngày 7-7, UBND phường X đã có buổi làm
 * việc …": a clause that says what the meeting is about ("Liên quan đến", "Thực hiện", "Trước
 * tình trạng") may run long, with commas of its own, before the day opens the lead.
 */
const FRAMING_CHARS = 320;
const FRAMING_LEAD_IN =
  /^(?:liên\s+quan\s+(?:đến|tới)|thực\s+hiện|trước\s+(?:tình\s+trạng|thực\s+trạng|tình\s+hình))(?![\p{L}])[^.;:!?]{3,280}?,\s+(?=(?:sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?\d{1,2}\s*[/\-.]\s*\d{1,2}(?!\d))/u;

/**
 * One meeting reported twice, as a sapo and a lead ("Kỳ họp thứ ba … khai mạc … vào sáng
 * 22/5." then "Sáng 22/5/2017, Lễ khai mạc Kỳ họp lần thứ 3 …"): the same kind on the same day
 * is one meeting, named as first written (the longer name when the second goes on from the first)
 * and dated with the year either gives.
 */
function addLead(leads: MeetingLead[], lead: MeetingLead): void {
  const same = leads.findIndex(
    (l) =>
      key(l.title) === key(lead.title) ||
      (l.date !== null && lead.date !== null && l.date.day === lead.date.day && l.date.month === lead.date.month && kindOf(l.title) === kindOf(lead.title)),
  );
  const prev = leads[same];
  if (!prev) {
    leads.push(lead);
    return;
  }
  const longer = key(lead.title).startsWith(key(prev.title)) && lead.title.length > prev.title.length;
  const retold = lead.sentence === prev.sentence ? prev.retold : [...(prev.retold ?? []), lead.sentence];
  leads[same] = {
    ...prev,
    ...(retold ? { retold } : {}),
    ...(longer ? { title: lead.title, titleSpan: lead.titleSpan } : {}),
    date: prev.date && prev.date.year === null && lead.date?.year != null ? { ...prev.date, year: lead.date.year } : prev.date,
    ...(prev.organizer.end === prev.organizer.start && lead.organizer.end > lead.organizer.start ? { organizer: lead.organizer } : {}),
  };
}

const KIND_AT = new RegExp(`^(?:${alt(data.kinds)})${E}`, 'u');
/** The kind word a title opens with ("kỳ họp", "hội nghị"), or the title's first word. */
function kindOf(title: string): string {
  const k = key(title);
  return KIND_AT.exec(k)?.[0] ?? k.split(' ')[0] ?? k;
}

/**
 * "Ngày 25/5, tại Kỳ họp thứ 3, Quốc hội khóa XIV, các đại biểu đã thảo luận …": a dated lead
 * set in a named meeting reports that meeting (held, since things were done at it). Its name
 * takes an apposition naming the body and its term ("…, Quốc hội khóa XIV").
 */
const SETTING = new RegExp(`^tại\\s+(?=${KINDS})`, 'u');
/** The term may carry its years: "…, HĐND tỉnh X khóa XV (nhiệm kỳ 2016-2021), …" (not part of the name). */
const TERM_YEARS = '(?:\\s*\\(\\s*nhiệm\\s+kỳ[^)]{0,20}\\))?';
const TERM_APPOSITION = new RegExp(`^,\\s+[^,]{2,60}?\\s+khóa\\s+(?:[ivxlc]+|\\d+)(?=${TERM_YEARS}\\s*,)`, 'u');
/**
 * "Sáng 14/7, trong ngày làm việc thứ hai, kỳ họp thứ 6, HĐND tỉnh X khóa IX, các đại biểu đã
 * biểu quyết …": a body's numbered session, named whole with its term and set off by commas
 * after the day, is the setting of the sentence even without "tại" (the day of its sitting
 * may come first). Only a numbered session of a term: a bare kind there is the subject. The same
 * shape as the subject of its verb ("…, Kỳ họp thứ 4 HĐND thành phố X khóa XV, nhiệm kỳ …, khai
 * mạc") is the same session, named the same.
 */
const SITTING_DAY =
  /^(?:trong\s+)?(?:ngày|buổi|phiên)\s+(?:làm\s+việc|họp|thảo\s+luận|khai\s+mạc|bế\s+mạc)(?:\s+(?:thứ\s+[\p{L}\d]+|đầu\s+tiên|cuối\s+cùng))?\s*,\s*/u;
const NUMBERED_SETTING = new RegExp(
  `^(?:kỳ\\s+họp|hội\\s+nghị|phiên\\s+họp)\\s+(?:lần\\s+)?thứ\\s+[\\p{L}\\d]+\\s*,?\\s+(?:của\\s+)?${NAME_CHAR}{2,80}?\\s+khóa\\s+(?:[ivxlc]+|\\d+)(?=${TERM_YEARS}\\s*,)`,
  'u',
);
/** "…, kỳ họp thứ 6 …, HĐND sẽ xem xét …": the session still to sit. */
const PLANNED_CLAUSE = /^[^.;]{0,80}?(?<![\p{L}])(?:sẽ|dự\s+kiến|sắp)(?![\p{L}])/u;

function numberedSetting(f: string, at: number, s: Span): Span | null {
  const start = at + (SITTING_DAY.exec(f.slice(at, s.end))?.[0].length ?? 0);
  const m = NUMBERED_SETTING.exec(f.slice(start, s.end));
  if (!m) return null;
  const end = start + m[0].length;
  const rest = f
    .slice(end, s.end)
    .replace(/^\s*\([^)]*\)/u, '')
    .replace(/^\s*,\s*/u, '');
  return PLANNED_CLAUSE.test(rest) ? null : { start, end };
}

/** A "tại" setting's name runs to its first comma, with the term's apposition after it; -1 when too long. */
function settingEnd(f: string, start: number, s: Span): number {
  const comma = f.indexOf(',', start);
  if (comma < 0 || comma > s.end || comma - start > 120) return -1;
  return comma + (TERM_APPOSITION.exec(f.slice(comma, s.end))?.[0].length ?? 0);
}

function settingLead(text: string, f: string, at: number, date: DayMonth | null, s: Span): MeetingLead | null {
  const m = SETTING.exec(f.slice(at, s.end));
  const numbered = m ? null : numberedSetting(f, at, s);
  if (!m && !numbered) return null;
  const start = numbered?.start ?? at + (m?.[0].length ?? 0);
  const end = numbered?.end ?? settingEnd(f, start, s);
  if (end < 0) return null;
  const title = text.slice(start, end).replace(/\s+/g, ' ').trim();
  if (NOT_MEETINGS.test(f.slice(start)) || PLANNED_TITLE.test(key(title))) return null;
  return { title: capitalizeFirst(title), date, ...bodyOfSession(f, start, end), titleSpan: { start, end }, sentence: s, shape: 'kindFirst' };
}

/**
 * "Tại phiên khai mạc kỳ họp thứ 4 HĐND TP X khóa IX sáng 5/7, Ban Pháp chế … đề nghị …": a
 * sentence set in a body's numbered session, its day written after the name, reports that
 * session (things were done at it). A sitting of a session ("phiên khai mạc") is the session's
 * (gold-local conventions, as "Lễ khai mạc Kỳ họp").
 */
const SETTING_OPENS = new RegExp(
  `^tại\\s+(?:(?:phiên|lễ)\\s+(?:khai\\s+mạc|bế\\s+mạc|họp|thảo\\s+luận|chất\\s+vấn)\\s+(?=(?:kỳ\\s+họp|hội\\s+nghị)\\s))?(?=${KINDS})`,
  'u',
);
const NAME_THEN_DAY =
  /^([^,.;:]{3,200}?)\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)(?=\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*,)/u;

function settingDatedAfter(text: string, f: string, s: Span): MeetingLead | null {
  const open = SETTING_OPENS.exec(f.slice(s.start, s.end));
  if (!open) return null;
  const start = s.start + open[0].length;
  const named = NAME_THEN_DAY.exec(f.slice(start, s.end));
  if (!named?.[1]) return null;
  const d = readLeadDate(text.slice(start + named[0].length, s.end));
  const end = start + named[1].length;
  const title = text.slice(start, end).replace(/\s+/g, ' ').trim();
  // Only a body's numbered session named whole with its term: a bare "Tại cuộc họp báo chiều 5/6, ông A
  // cho biết …" more often gives the source of a news item than the meeting a report covers.
  const k = fold(title);
  if (!d?.date || !NUMBERED_SESSION_HEAD.test(k) || !ENDS_WITH_TERM.test(k) || PLANNED_TITLE.test(key(title))) return null;
  return { title: capitalizeFirst(title), date: d.date, ...bodyOfSession(f, start, end), titleSpan: { start, end }, sentence: s, shape: 'kindFirst' };
}

/**
 * A body's own numbered session names the body after its number ("Hội nghị lần thứ 10 Ban
 * Chấp hành Đảng bộ Thành phố …", "Kỳ họp thứ ba, Quốc hội khóa XIV", "Phiên họp thứ 12 của Ủy
 * ban Thường vụ Quốc hội"): that body held it.
 */
const NUMBERED = /^\S+(?:\s+\S+)?\s+(?:lần\s+)?thứ\s+[\p{L}\d]+\s*,?\s+(?:của\s+)?/u;

function bodyOfSession(f: string, start: number, end: number): { organizer: Span } {
  const n = NUMBERED.exec(f.slice(start, end));
  return { organizer: n ? { start: start + n[0].length, end } : { start, end: start } };
}

/**
 * "Kỳ họp thứ ba, Quốc hội khóa XIV đã khai mạc trọng thể … vào sáng 22/5.", "Sau 6 ngày làm
 * việc, Hội nghị lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XII đã … bế mạc vào chiều 10/5.":
 * a numbered or named meeting opens the sentence, then a verb of being held, then its day.
 */
const CLOSING_FRAME = /^(?:\(?ảnh:[^)]{1,60}\)\s*)?sau\s+(?:\S+\s+){1,3}ngày\s+làm\s+việc[^,]{0,60},(?:\s*[^,]{1,30},)?\s*/u;
const CREDIT = /^\(?ảnh:[^)]{1,60}\)\s*/u;
const TITLE_VERB = /\s+(?:đã|đang|vừa|được|chính\s+thức)\s|,\s/u;
const HELD_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${alt(data.heldVerbs)})${E}`, 'u');
const DAY_AFTER =
  /^[^;]{0,120}?(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa)\s+)(?:ngày\s+)?(?=\d{1,2}\s*[/\-.]\s*\d{1,2})|^[^;]{0,120}?(?:vào\s+)?ngày\s+(?=\d{1,2}\s*[/\-.]\s*\d{1,2})/u;

function kindFirstDatedAfter(text: string, f: string, s: Span): MeetingLead | null {
  const fs = f.slice(s.start, s.end);
  // A photo credit glued before it when line breaks are lost: "(Ảnh: Thanh Vũ/TTXVN) Hội nghị …".
  const frame = CLOSING_FRAME.exec(fs)?.[0].length ?? CREDIT.exec(fs)?.[0].length ?? 0;
  if (!KIND_FIRST.test(fs.slice(frame)) || NOT_MEETINGS.test(fs.slice(frame))) return null;
  // The name runs to its verb: "Kỳ họp thứ ba, Quốc hội khóa XIV đã …" keeps the comma of the
  // term's apposition, any other comma ends it.
  const nameAt = frame;
  const term = NUMBERED_OF_TERM.exec(fs.slice(nameAt));
  const tail = fs.slice(nameAt + (term?.[0].length ?? 0));
  const v = TITLE_VERB.exec(tail);
  const nameEnd = nameAt + (term?.[0].length ?? 0) + (v ? v.index : tail.length);
  const held = HELD_ANYWHERE.exec(fs.slice(nameEnd));
  if (!held || /(?:sẽ|dự\s+kiến|sắp)\s+$/u.test(fs.slice(nameEnd, nameEnd + held.index))) return null;
  const afterHeld = nameEnd + held.index + held[0].length;
  const day = DAY_AFTER.exec(fs.slice(afterHeld));
  const d = day ? readLeadDate(text.slice(s.start + afterHeld + day[0].length, s.end)) : null;
  if (!d?.date) return null;
  const title = cutTitle(text.slice(s.start + nameAt, s.start + nameEnd));
  if (!title || title.length > MAX_KIND_FIRST_TITLE || PLANNED_TITLE.test(key(title))) return null;
  const start = s.start + nameAt;
  return {
    title: capitalizeFirst(title),
    date: d.date,
    ...bodyOfSession(f, start, start + title.length),
    titleSpan: { start, end: start + title.length },
    sentence: s,
    shape: 'kindFirst',
  };
}

/** Where a lead may open in a sentence: its start, after a framing clause, and capitalised time words glued inside it. */
function openings(text: string, f: string, s: Span): number[] {
  const out = [s.start];
  const head = f.slice(s.start, Math.min(s.end, s.start + 200));
  const leadIn = LEAD_IN_DATE_AFTER.test(head) ? LEAD_IN_DATE.exec(head) : null;
  if (leadIn) out.push(s.start + leadIn[0].length);
  else {
    const framed = FRAMING_LEAD_IN.exec(f.slice(s.start, Math.min(s.end, s.start + FRAMING_CHARS)));
    if (framed) out.push(s.start + framed[0].length);
  }
  const sentence = text.slice(s.start, s.end);
  if (!OPENING_WORD.test(sentence)) return out;
  for (const m of sentence.matchAll(INNER_OPENING)) out.push(s.start + m.index);
  return out;
}

/**
 * Last resort, a lead written another way ("Hội nghị … đã được Huyện ủy tổ chức vào sáng
 * 5/3"): the meeting named by the headline ("Huyện ủy Tam Dương: Hội nghị …"), when the
 * headline names its organizer, dated by the first "ngày d/m" of the opening paragraphs.
 */
function headlineLead(text: string, f: string, spans: Span[]): MeetingLead | null {
  const first = spans[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end);
  if (!isHeadlineShaped(line)) return null;
  const k = KIND_IN_HEADLINE.exec(f.slice(first.start, first.end));
  if (!k || k.index === 0) return null;
  const at = k.index + k[0].length;
  const titleText = cutTitle(line.slice(at));
  if (!titleText) return null;
  let date: DayMonth | null = null;
  for (const s of spans.slice(1)) {
    const m = DAY_IN_TEXT.exec(f.slice(s.start, s.end));
    const d = m ? readLeadDate(m[0]) : null;
    if (d) {
      date = d.date;
      break;
    }
  }
  const orgEnd = first.start + line.slice(0, k.index).replace(/[\s:–—-]+$/u, '').length;
  return {
    title: capitalizeFirst(titleText),
    date,
    organizer: { start: first.start, end: orgEnd },
    titleSpan: { start: first.start + at, end: first.start + at + titleText.length },
    sentence: first,
    shape: 'verbKind',
  };
}

interface Found {
  titleStart: number;
  title: string;
  organizerEnd: number;
  shape: Shape;
  spanLength?: number;
  partner?: string;
  /** The lead reports a later working day of the meeting: its day is not the meeting's. */
  laterDay?: boolean;
}

const NUMBERED_SITTING = /^(?:kỳ họp|phiên họp) (?:lần )?thứ [\p{L}\d]+$/u;
/** "… ngày 28/6", "… sáng ngày 7/2", "…, diễn ra sáng 11/7" ending a title, after a word (a document's number before "ngày" is its date: "Quy định 01 ngày 3/3"). */
const TITLE_DAY =
  /(?<=\p{L})(?:\s*,?\s+(?:đã\s+|được\s+)?(?:diễn\s+ra|tổ\s+chức))?\s+(?:vào\s+)?(?:(?:sáng|chiều|tối|trưa|Sáng|Chiều|Tối|Trưa)\s+(?:ngày\s+)?|ngày\s+)(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)$/u;
const sameDay = (a: DayMonth, b: DayMonth): boolean => a.day === b.day && a.month === b.month;
/** "… ngày hôm qua 12-5", "… sáng 8/2", "… chiều nay (3/6)" ending the subject: the day, a time word before it. */
const SUBJECT_DAY =
  /\s*,?\s+(?:vào\s+)?(?:(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(?:hôm\s+)?(?:qua|nay)\s*\(?\s*|(?:sáng|chiều|tối|trưa)\s+(?:ngày\s+)?|ngày\s+)(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?)\s*\)?\s*,?$/u;
/** An auxiliary that opens the subject's verb phrase. */
const SUBJECT_ENDS = /\s+(?:đã|đang|vừa)\s+/u;
/** "… dẫn đầu đoàn công tác của Bộ Chính trị": the team a person leads. */
const LEADS_TEAM = /(?:^|\s)dẫn\s+đầu\s+(đoàn\s)/u;
/** A team sent by a body: "Đoàn kiểm tra (số 471) của Bộ Chính trị", "Đoàn công tác", "Đoàn giám sát". */
export const TEAM = /^đoàn\s+(?:kiểm\s+tra|công\s+tác|giám\s+sát)(?![\p{L}])/u;

/** "Buổi" or "Cuộc": the noun the report itself gives the working session ("tại cuộc làm việc"). */
function workingNoun(f: string): string {
  const m = WORKING_NOUN.exec(f);
  return m?.[1] === 'cuộc' ? 'Cuộc' : 'Buổi';
}

/**
 * The meeting a clause reports, read from `from` (after its date) in the clause `c`; `s` is the
 * whole sentence (for evidence). `undated` leads, read with no date, need an organizer.
 */
function readLead(text: string, f: string, c: Span, from: number, date: DayMonth | null, s: Span, undated = false): MeetingLead | null {
  const sentence = text.slice(c.start, c.end);
  const fs = f.slice(c.start, c.end);
  const rest = fs.slice(from);
  // Undated, only the plainest shape counts: "X tổ chức Hội nghị …".
  const found = undated ? verbAndKind(sentence, rest, from, true) : (kindFirst(sentence, rest, from) ?? verbAndKind(sentence, rest, from));
  if (!found || NOT_MEETINGS.test(fs.slice(found.titleStart)) || PLANNED_TITLE.test(key(found.title))) return null;
  // A photo caption describes a picture ("Bộ trưởng A chủ trì họp báo - Ảnh: VGP"): it names no meeting.
  if (CAPTION_CREDIT_AFTER.test(fs.slice(found.titleStart + found.title.length, found.titleStart + found.title.length + 24))) return null;
  // "chủ trì cuộc đối thoại ngày 28/6": a day ending the name is the meeting's, not part of its name
  // (a lead read without its day still needs its body to count: the day is not taken from here).
  const titleDay = TITLE_DAY.exec(found.title);
  const dayOfTitle = titleDay?.[1] ? (readLeadDate(titleDay[1])?.date ?? null) : null;
  if (titleDay && dayOfTitle && (date === null || sameDay(date, dayOfTitle))) {
    found.title = found.title.slice(0, titleDay.index);
    if (found.spanLength !== undefined) found.spanLength = Math.min(found.spanLength, titleDay.index);
  }
  let organizer = sentence.slice(from, found.organizerEnd);
  const by = BY.exec(fold(organizer));
  if (by) organizer = organizer.slice(0, by.index);
  organizer = organizer.replace(/[\s,]+$/u, '').replace(/^\s+/u, '');
  // "dưới sự chủ trì của Thủ tướng A, Chính phủ họp …": the chair's clause is not the subject.
  const under = UNDER.exec(fold(organizer));
  if (under) organizer = organizer.slice(under[0].length);
  // The subject ends where its verb begins: "Ủy ban Thường vụ Quốc hội đã cho ý kiến về … và
  // tiến hành bế mạc Phiên họp …" is held by the body before "đã".
  const aux = SUBJECT_ENDS.exec(organizer);
  if (aux && aux.index > 0) organizer = organizer.slice(0, aux.index);
  // "ông A, Phó Thủ tướng, dẫn đầu đoàn công tác của Bộ Chính trị đến làm việc với …": the team
  // is the subject of the working session, led by the person.
  const led = LEADS_TEAM.exec(fold(organizer));
  if (led) organizer = organizer.slice(led.index + led[0].length - (led[1]?.length ?? 0));
  // "Sở X tỉnh Y ngày hôm qua 12-5 đã tổ chức hội nghị …": a day written between the subject and
  // its verb is the meeting's.
  const dayAfter = date === null ? SUBJECT_DAY.exec(fold(organizer)) : null;
  const day = dayAfter?.[1] ? (readLeadDate(dayAfter[1])?.date ?? null) : date;
  if (dayAfter) organizer = organizer.slice(0, dayAfter.index);
  const fo = key(organizer);
  if (isPlanned(organizer) || organizer.split(/\s+/).length > 60 || ORGANIZER_OPENS.test(fo) || EVENT_COMMITTEE.test(organizer)) return null;
  if (undated && !HAS_CAPITAL.test(organizer)) return null;
  // With line breaks lost, a caption's credit glued before a clause ("Ảnh: VGP/Lê Sơn Phát biểu
  // tại Hội nghị, …") is no subject: where the credit ends is not written.
  if (CREDIT_OPENS.test(fo)) return null;
  const orgStart = c.start + from + (organizer ? sentence.slice(from).indexOf(organizer) : 0);
  // A team's working session is named by the team and its host (Hướng dẫn 36-HD/VPTW reports:
  // "Đoàn kiểm tra của Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy …"), with the noun the report uses.
  const team = found.shape === 'working' && TEAM.test(fold(organizer)) ? capitalizeFirst(organizer) : null;
  // "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 15": the numbered sitting is the body's.
  const ownSitting = found.shape === 'sitting' && organizer && NUMBERED_SITTING.test(key(found.title)) ? ` của ${organizer}` : '';
  const session = found.shape === 'verbKind' ? sessionOfTerm(found.title, organizer, f) : null;
  const title = team ? `${workingNoun(f)} làm việc của ${team} với ${found.partner ?? ''}` : (session ?? `${found.title}${ownSitting}`);
  // "Hội nghị lần thứ 10 Ban Chấp hành Đảng bộ TP khóa X đã bế mạc": no subject, the numbered session names its body.
  const titleAt = c.start + found.titleStart;
  const own = found.shape === 'kindFirst' && !organizer ? bodyOfSession(f, titleAt, titleAt + found.title.length).organizer : null;
  return {
    title: capitalizeFirst(title),
    date: found.laterDay ? null : day,
    organizer: own ?? { start: orgStart, end: orgStart + organizer.length },
    titleSpan: { start: c.start + found.titleStart, end: c.start + found.titleStart + (found.spanLength ?? found.title.length) },
    sentence: s,
    shape: found.shape,
    ...(team ? { team: true } : {}),
  };
}

/**
 * "HĐND tỉnh X khóa IX tổ chức kỳ họp thứ tư chuyên đề về …": a body written with its term holds
 * its numbered session, and the session is named by its ordinal, the body and the term ("Kỳ họp
 * thứ tư HĐND tỉnh X khóa IX", as "Kỳ họp thứ 3, Quốc hội khóa XIV"); the words after the ordinal
 * tell its topic. A body written without its term leaves the title as written.
 */
// An ordinal in digits, roman figures or words, which may be several ("thứ mười hai", "thứ hai mươi mốt").
const NUMBER_WORD = '(?:nhất|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi)';
const NUMBERED_SESSION_HEAD = new RegExp(
  `^(?:kỳ\\s+họp|phiên\\s+họp|hội\\s+nghị)\\s+(?:lần\\s+)?thứ\\s+(?:\\d+|[ivxlc]+|${NUMBER_WORD}(?:\\s+${NUMBER_WORD})*)(?![\\p{L}\\p{N}])`,
  'u',
);
const HAS_TERM = /(?<![\p{L}])khóa(?![\p{L}])/u;
const ENDS_WITH_TERM = /(?<![\p{L}])khóa\s+(?:[ivxlc]+|\d+)$/u;

function sessionOfTerm(title: string, organizer: string, f: string): string | null {
  const t = fold(title);
  const n = NUMBERED_SESSION_HEAD.exec(t);
  if (!n || HAS_TERM.test(t) || !ENDS_WITH_TERM.test(fold(organizer))) return null;
  // Joined as the report joins them elsewhere ("Phiên họp thứ 12 của Ủy ban Thường vụ Quốc hội").
  const of = f.includes(`${n[0]} của `) ? ' của ' : ' ';
  return `${title.slice(0, n[0].length)}${of}${byAbbreviation(organizer)}`;
}

/**
 * "Hội đồng Nhân dân (HĐND) Thành phố Hồ Chí Minh": a name written out with its abbreviation in
 * brackets is then written by the abbreviation ("HĐND Thành phố Hồ Chí Minh"); the brackets hold
 * the initials of the words before them.
 */
const BRACKETED_ABBREVIATION = /^(.*?)\s*\(([\p{Lu}&]{2,10})\)\s*/u;

function byAbbreviation(name: string): string {
  const m = BRACKETED_ABBREVIATION.exec(name);
  if (!m?.[1] || !m[2]) return name;
  const words = m[1].split(/\s+/);
  for (let k = 1; k <= words.length; k++) {
    const initials = words
      .slice(-k)
      .map((w) => w.charAt(0).toUpperCase())
      .join('');
    if (initials === m[2]) return [...words.slice(0, -k), m[2], name.slice(m[0].length)].filter((w) => w.length > 0).join(' ');
  }
  return name;
}

/**
 * "Ngày 9/5, Hội nghị … bước sang ngày làm việc thứ năm": the day of a later working day of a
 * meeting of several days is not the day the meeting was held (it opened days before, on a day
 * the lead does not give).
 */
const LATER_DAY = /^\s+ngày\s+(?:làm\s+việc\s+)?thứ\s+(?!nhất|một|1(?!\d))[\p{L}\d]+/u;

/** "Hội thảo về … đã diễn ra tại …": the title runs to the verb of being held. */
function kindFirst(sentence: string, rest: string, from: number): Found | null {
  if (!KIND_FIRST.test(rest)) return null;
  const held = HELD.exec(rest.slice(0, MAX_KIND_FIRST_TITLE));
  if (!held) return null;
  const title = cutTitle(sentence.slice(from, from + held.index));
  const laterDay = LATER_DAY.test(rest.slice(held.index + held[0].length));
  return title ? { titleStart: from, title, organizerEnd: from, shape: 'kindFirst', ...(laterDay ? { laterDay } : {}) } : null;
}

function verbAndKind(sentence: string, rest: string, from: number, plainOnly = false): Found | null {
  const candidates: Array<Found & { at: number }> = [];
  const v = KIND_ANYWHERE.test(rest) ? VERB_KIND.exec(rest) : null;
  if (v && v.index > 0) {
    const titleStart = from + v.index + v[0].length;
    const asWritten = endAtTerm(cutTitle(sentence.slice(titleStart)));
    const title = meetingOfPurpose(sentence.slice(titleStart)) ?? asWritten;
    if (title) candidates.push({ at: v.index, titleStart, title, organizerEnd: from + v.index, shape: 'verbKind', spanLength: asWritten.length });
  }
  if (plainOnly) return candidates[0] ?? null;
  const w = WORKING.exec(rest);
  if (w && w.index > 0) {
    const titleStart = from + w.index + w[0].length;
    const partner = cutTitle(sentence.slice(titleStart), [' về ', ' để ', ', ']);
    // With no team to name it, the topic does: "làm việc với lãnh đạo các sở, ngành về …".
    const topical = cutTitle(sentence.slice(titleStart), [' để ', PARTNER_CLAUSE, GLUED_SENTENCE]);
    if (partner)
      candidates.push({
        at: w.index,
        titleStart,
        title: `Buổi làm việc với ${topical || partner}`,
        organizerEnd: from + w.index,
        shape: 'working',
        spanLength: partner.length,
        partner,
      });
  }
  // "UBND phường X đã có buổi làm việc thực hiện ý kiến chỉ đạo của …": a body that "có" (has) a
  // working session or a meeting holds it; with "với" it is the working shape above ("buổi họp
  // mặt" is a get-together, no meeting).
  const hs = HAS_SESSION.exec(rest);
  if (hs && hs.index > 0 && !EVENT_COMMITTEE_IN.test(rest.slice(0, hs.index))) {
    const titleStart = from + hs.index + hs[0].length;
    const title = cutTitle(sentence.slice(titleStart));
    if (title) candidates.push({ at: hs.index, titleStart, title, organizerEnd: from + hs.index, shape: 'verbKind' });
  }
  const h = HOP_SESSION.exec(rest);
  // "X tổ chức họp phiên 6 tháng đầu năm": after a verb of holding, "họp phiên …" is the
  // meeting's name as the body writes it, not the predicate "X họp phiên thứ 8" (a sitting).
  const held = h && h.index > 0 ? HOLDS_BEFORE.exec(rest.slice(0, h.index + h[0].lastIndexOf('họp'))) : null;
  if (h && held) {
    const titleStart = from + held.index + held[0].length;
    const title = cutTitle(sentence.slice(titleStart), [', ']);
    if (title) candidates.push({ at: held.index, titleStart, title: capitalizeFirst(title), organizerEnd: from + held.index, shape: 'verbKind' });
  } else if (h && h.index > 0) {
    const titleStart = from + h.index + h[0].length;
    const tail = cutTitle(sentence.slice(titleStart), [', ']);
    if (tail)
      candidates.push({
        at: h.index,
        titleStart,
        title: `${h[1] === 'phiên' ? 'Phiên họp' : 'Kỳ họp'} ${tail}`,
        organizerEnd: from + h.index,
        shape: 'sitting',
        spanLength: tail.length,
      });
  }
  const hb = HOP_BARE.exec(rest);
  if (hb && hb.index > 0) {
    const body = sentence.slice(from, from + hb.index).trim();
    candidates.push({
      at: hb.index,
      titleStart: from,
      title: `Cuộc họp của ${body}`,
      organizerEnd: from + hb.index,
      shape: 'sitting',
      spanLength: body.length,
    });
  }
  const d = DEBATE.exec(rest);
  if (d && d.index > 0) {
    const titleStart = from + d.index + d[0].length - (d[1]?.length ?? 0);
    const title = cutTitle(sentence.slice(titleStart), [', ']);
    if (title)
      candidates.push({ at: d.index, titleStart, title: `Phiên thảo luận ${title}`, organizerEnd: from + d.index, shape: 'sitting', spanLength: title.length });
  }
  const t = VOTERS.exec(rest);
  if (t && t.index > 0) {
    const titleStart = from + t.index + t[0].length;
    const after = cutTitle(sentence.slice(titleStart));
    candidates.push({
      at: t.index,
      titleStart,
      title: after ? `Buổi tiếp xúc cử tri ${after}` : 'Buổi tiếp xúc cử tri',
      organizerEnd: from + t.index,
      shape: 'sitting',
      spanLength: after.length,
    });
  }
  // The first verb of the clause is the one its subject does.
  return candidates.sort((a, b) => a.at - b.at)[0] ?? null;
}

/**
 * "Tỉnh ủy tổ chức Hội nghị lần thứ 8 (khóa X), đánh giá tình hình …": a numbered meeting's
 * name ends with its body's term; the clause after the comma tells what it did ("…, nhiệm kỳ
 * 2016 - 2021" still names the term).
 */
const ENDS_AT_TERM = new RegExp(
  `^(?:hội\\s+nghị|kỳ\\s+họp|phiên\\s+họp|đại\\s+hội)\\s+(?:lần\\s+)?thứ\\s+[\\p{L}\\d]+(?:\\s*,?\\s+(?:của\\s+)?${NAME_CHAR}{2,80}?)?\\s+\\(?khóa\\s+(?:[ivxlc]+|\\d+)\\)?(?=\\s*,\\s+(?!nhiệm\\s+kỳ))`,
  'u',
);

function endAtTerm(title: string): string {
  const m = ENDS_AT_TERM.exec(fold(title));
  return m ? title.slice(0, m[0].length) : title;
}

/**
 * "tổ chức cuộc họp với các sở, ngành … để nghe Tổ công tác báo cáo về …": a bare "cuộc họp" has
 * no name of its own but what it is held for ("cuộc họp nghe … báo cáo", "cuộc họp bàn …"); the
 * "với …" says who sits at it. The place is written before the purpose ("cuộc họp tại … để …"),
 * so a "tại" inside the purpose is part of what is reported, not where the meeting was.
 */
// The partners are bodies and people: no verb of their own ("… và đã có những chỉ đạo để …") and
// no topic ("với các bộ về …": the meeting is named by its topic, as written).
const MEETING_WITH_FOR = /^((?:cuộc|buổi)\s+họp)\s+với\s+(?:(?!(?:đã|đang|sẽ|về)(?![\p{L}]))[^.;:!?]){2,240}?\s+(?:để|nhằm)\s+(?=\p{L})/u;

const MEETING_NOUN = /^(?:cuộc|buổi|Cuộc|Buổi)\s/u;

function meetingOfPurpose(t: string): string | null {
  if (!MEETING_NOUN.test(t)) return null;
  const m = MEETING_WITH_FOR.exec(fold(t));
  if (!m?.[1]) return null;
  const purpose = cutTitle(t.slice(m[0].length), [], false);
  return purpose ? `${t.slice(0, m[1].length)} ${purpose}` : null;
}

/** A photo credit right after a title: the clause is the picture's caption. */
const CAPTION_CREDIT_AFTER = /^\s*(?:[-.]\s*)?\(?\s*(?:ảnh|nguồn)\s*:/u;
const CREDIT_OPENS = /^\(?\s*(?:ảnh|nguồn)\s*:/u;

function isPlanned(organizer: string): boolean {
  const k = ` ${key(organizer)} `;
  return data.plannedMarkers.some((m) => k.includes(` ${m} `));
}

/**
 * A title ends where a clause about people starts (", Phó Thủ tướng … nhấn mạnh", " do ông …
 * chủ trì"), where ", đồng thời" joins a second thing the sentence's subject does, or, with line
 * breaks lost, where the next sentence is glued on (" Theo đó, …").
 */
const TITLE_ENDS =
  /,\s+đồng\s+thời\s|,\s+(?=(?:Phó|Thủ tướng|Bộ trưởng|Chủ tịch|Tổng Bí thư|Ủy viên|Bí thư|Trưởng|Thứ trưởng|đồng chí|ông|bà|các đại biểu|đại biểu)\s)|\s+(?=(?:Theo đó|Tại hội nghị|Phát biểu|Đây là|Trước đó|Ảnh)[\s,:])/u;

/**
 * "… do ông A chủ trì", "…, do Sở Y tế tổ chức": a "do" clause that tells who held, chaired or led
 * the meeting ends its title; one that qualifies the subject ("các doanh nghiệp do Bộ X làm đại
 * diện chủ sở hữu", "Kế hoạch số 12 do UBND tỉnh ban hành") is part of it.
 */
const BY_CLAUSE = /,?\s+do\s+(?=\p{Lu}|ông\s|bà\s|đồng\s+chí\s)/gu;
const HOLDER_VERB =
  /(?<![\p{L}])(?:(?:đồng\s+)?chủ\s+trì|tổ\s+chức|triệu\s+tập|điều\s+hành|điều\s+khiển|dẫn\s+đầu|làm\s+trưởng\s+đoàn|chỉ\s+đạo|khai\s+mạc|phát\s+biểu)(?![\p{L}])/u;
/** The clause to the sentence's end; a stop with no space after it is an abbreviation's ("T.Ư"). */
const BY_CLAUSE_TEXT = /^(?:[^.;!?]|\.(?=\S))*/u;
/** How far a "do" clause is read for its verb: a person with a few titles. */
const BY_CLAUSE_CHARS = 250;

function byHolder(t: string): number {
  for (const m of t.matchAll(BY_CLAUSE)) {
    if (m.index === 0) continue;
    const clause = BY_CLAUSE_TEXT.exec(t.slice(m.index, m.index + BY_CLAUSE_CHARS))?.[0] ?? '';
    if (HOLDER_VERB.test(fold(clause))) return m.index;
  }
  return -1;
}

/** A full stop with no space after it: the next sentence glued on ("… năm 2017.Tại buổi làm việc"). */
const GLUED_SENTENCE = /[.;](?=\p{Lu})/u;
/** A comma that does not go on with a list of bodies ("các sở, ngành, địa phương"). */
const PARTNER_CLAUSE = /,\s+(?!(?:địa phương|đơn vị|ngành|sở|ban|cơ quan|doanh nghiệp)(?![\p{L}]))/u;

/**
 * A meeting sits in one place: "tại các điểm bị sạt lở", "tại những địa phương …" (plural) tell
 * where what it is about lies, and stay in its title; bridge points ("tại các điểm cầu") are
 * where an online meeting is followed, no part of its name.
 */
const PLURAL_PLACES = /^(?:các|những|một\s+số|nhiều)\s+(?!điểm\s+cầu(?![\p{L}]))/u;

/** The "tại" stop at `i` belongs to the title's subject, not to where the meeting was held. */
function subjectsPlace(t: string, i: number, stop: string): boolean {
  const word = stop.trim().replace(/^,\s*/u, '');
  if (word !== 'tại') return false;
  const after = t.slice(i + stop.length);
  if (PLURAL_PLACES.test(fold(after.slice(0, 20)))) return true;
  // "… công bố quyết định kiểm tra công tác cán bộ tại Tỉnh ủy X": the unit an inspection is
  // about is part of its subject, no place of the meeting.
  return stop.trim() === 'tại' && INSPECTED_AT.test(t.slice(0, i)) && INSPECTED_UNIT.test(after);
}

const INSPECTED_AT = /(?:^|\s)(?:kiểm\s+tra|giám\s+sát|thanh\s+tra|khảo\s+sát)(?:\s+\p{Ll}+){0,4}$/u;
const INSPECTED_UNIT = /^(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Ban Thường vụ|Ban cán sự|Đảng đoàn|UBND|Ủy ban nhân dân)(?![\p{L}])/u;

/**
 * A document is cited in full as "<kind> số N ngày d/m/y của <issuer> về <subject>"; a meeting
 * named after the document it reviews ("sơ kết 1 năm thực hiện Quy định số 01 ngày 3/3/2016 của
 * …") is named by its kind and number: the issue date opens the document's reference, where
 * the meeting's name ends. An undated citation ("Thông báo số 19-TB/TW của Ban Bí thư về …")
 * is named whole.
 */
const CITED_DOCUMENT_DATE =
  /(?<=(?:chỉ\s+thị|nghị\s+quyết|quy\s+định|kết\s+luận|quyết\s+định|kế\s+hoạch|thông\s+báo|hướng\s+dẫn|chương\s+trình|đề\s+án|luật|nghị\s+định|thông\s+tư|công\s+văn|công\s+điện|quy\s+chế)\s+(?:số\s+)?\d[\p{L}\p{N}/.-]*)\s*,?\s+(?:ban\s+hành\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?!\d)/u;

const PLACE_STOP = /(?:^|\s)tại(?:\s|$)/u;
const NO_PLACE_STOPS = data.titleStops.filter((s) => !PLACE_STOP.test(s));

/** `placeStops`: a "tại …" ends the title (its place); not inside a purpose clause. */
export function cutTitle(t: string, extraStops: Array<string | RegExp> = [], placeStops = true): string {
  const cut = TITLE_ENDS.exec(t);
  let end = cut && cut.index > 0 ? cut.index : t.length;
  const by = t.includes('do ') ? byHolder(t) : -1;
  if (by > 0 && by < end) end = by;
  // Most titles cite no dated document: fold and the look-behind only where a "ngày" is written.
  const cited = t.includes('gày ') ? CITED_DOCUMENT_DATE.exec(fold(t)) : null;
  if (cited && cited.index < end) end = cited.index;
  for (const stop of [...(placeStops ? data.titleStops : NO_PLACE_STOPS), ...extraStops]) {
    let i = typeof stop === 'string' ? t.indexOf(stop) : (stop.exec(t)?.index ?? -1);
    while (typeof stop === 'string' && i > 0 && subjectsPlace(t, i, stop)) {
      i = t.indexOf(stop, i + stop.length);
    }
    if (i > 0 && i < end) end = i;
  }
  // "… với bà A (ngụ tại xã B), khiếu nại …": a stop inside a bracketed aside ends the title
  // before the aside, never inside it.
  const open = t.lastIndexOf('(', end);
  if (open > 0 && t.indexOf(')', open) >= end) end = open;
  return t
    .slice(0, end)
    .replace(/(?:\s*\.\/\.|[\s.;:,…]+)$/u, '')
    .trim();
}
