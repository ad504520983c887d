// The day a meeting was held as the lead writes it ("Ngày 19/7", "Chiều ngày 30/9/2020",
// "Sáng 5-3"), the year, when omitted, inferred from the article.
import data from '../data/article/meetings.json' with { type: 'json' };
import { calendarDate, fold, isoDate, key, type DayMonth } from '../../text/index.js';
import { findPeriod } from './period.js';
import { blankPlannedYears, currentYearNamed, plannedYears } from './yearPhrases.js';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const TIMES = [...data.timesOfDay]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|');

/** Leading date of a sentence; `length` covers the date and the comma after it. */
export const LEAD_DATE = new RegExp(
  // A news-agency tag may open the lead: "(ĐCSVN) – ", "TTXVN - ", "Tuyengiao.vn - ".
  '^(?:\\(?[\\p{L}\\p{N}.]{2,20}\\)?\\s*[-–—:]\\s*)?' +
    '(?:tại\\s+[^,]{1,80},\\s*)?' +
    `(?:(?:${TIMES})\\s+)?(?:(?:hôm\\s+)?nay\\s*\\(?\\s*)?(?:trong\\s+)?(?:(?:hai|ba|các)\\s+)?(?:ngày\\s+)?` +
    // Several days ("ngày 15 và 16/3", "15-16/3"): the first is the day it opened.
    '(?:(?<first>\\d{1,2})\\s*(?:và|-|–|đến)\\s*(?=\\d{1,2}\\s*[/.]))?' +
    '(?:(?<d>\\d{1,2})\\s*[/\\-.]\\s*(?<m>\\d{1,2})(?:\\s*[/\\-.]\\s*(?<y>\\d{4}|\\d{2}))?(?!\\d)' +
    '|(?<wd>\\d{1,2})\\s+tháng\\s+(?<wm>\\d{1,2})(?:\\s*,?\\s*năm\\s+(?<wy>\\d{4}))?(?!\\d))' +
    '\\s*\\)?\\s*,?\\s*',
  'iu',
);

export type { DayMonth };

export function readLeadDate(sentence: string): { date: DayMonth | null; length: number } | null {
  const m = LEAD_DATE.exec(sentence);
  if (!m) return null;
  const g = m.groups ?? {};
  const y = g.y ?? g.wy;
  // An impossible day ("30/2/2021") is no date (the text module's one validated constructor).
  const date = calendarDate(Number(g.first ?? g.d ?? g.wd), Number(g.m ?? g.wm), y === undefined ? null : Number(y));
  return { date, length: m[0].length };
}

/**
 * Years that are not when something happened: a term or a period ("nhiệm kỳ 2016-2021",
 * "giai đoạn 2011 - 2020"), a target ("đến năm 2030", "tầm nhìn 2045"), a symbol ("15/2020/NĐ-CP"),
 * the base a figure is compared with ("tăng 8% so với năm 2015": an earlier year) and the start
 * of what has gone on since ("hư hỏng từ năm 2015").
 */
const NOT_EVENT_YEAR =
  /so\s+với\s+(?:cùng\s+kỳ\s+)?(?:năm\s+)?(?:19|20)\d{2}|(?<![\p{L}])từ\s+(?:năm\s+)?(?:19|20)\d{2}(?!\s*[-–]\s*\d)|(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|khóa)\s*(?:\d{4}\s*[-–]\s*)?\d{4}|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:đến|tới|trước|tầm\s+nhìn(?:\s+đến)?)\s+(?:(?:hết|cuối)\s+)?(?:năm\s+)?\d{4}|\/\s*(?:19|20)\d{2}\s*\//giu;
/** A year written alone ("năm 2017"): one inside a date or a month is more often a cited document's or history's. */
const YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?!\d)/gu;

/**
 * A law is named by the year the Quốc hội passed it ("Luật Đất đai 2013", "luật Tố tụng Hành
 * chính năm 2015"): the year is part of a document's name, not of an event. The name runs to the
 * year in at most six words, none of them a word of time or of a clause ("trong", "đã", "sẽ" …).
 */
const LAW_NAME_YEAR =
  /(?<![\p{L}])(?:bộ\s+)?luật(?:\s+(?!(?:trong|vào|từ|đến|tới|sẽ|đã|đang|được|của|cho|và|thì|là|khi|nay|năm)(?![\p{L}]))[\p{L}-]+){1,6}\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d)/giu;

function eventYears(s: string): number[] {
  const blanked = blankPlannedYears(s)
    .replace(NOT_EVENT_YEAR, (m) => ' '.repeat(m.length))
    .replace(LAW_NAME_YEAR, (m) => ' '.repeat(m.length));
  return [...blanked.matchAll(YEAR)].map((m) => Number(m[0]));
}

/** "sơ kết 3 năm thực hiện Kế hoạch … ngày 12.6.2021": the meeting is N years after the document. */
const YEARS_OF_CARRYING_OUT = /(?<!\d)(\d{1,2})\s+năm\s+(?:thực\s+hiện|triển\s+khai|thi\s+hành|học\s+tập)[^;]{0,200}?(?<![\d])((?:19|20)\d{2})(?!\d)/u;

/**
 * "những tháng đầu năm 2017", "5 tháng đầu năm 2017", "từ đầu năm 2017 đến nay": the part of
 * the year gone so far is reported during that year, whatever other years the sentence names.
 */
const YEAR_SO_FAR = /(?:(?:những|các|\d{1,2})\s+tháng\s+đầu\s+năm|từ\s+đầu\s+năm)\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/u;

/**
 * Year for a date written without one, from what the article writes of its own time, in this
 * order: the publication date's year (one earlier when the meeting month is well after
 * publication); the period the meeting's title reviews ("sơ kết 6 tháng đầu năm 2017",
 * "tổng kết năm 2016" held in January); in the meeting sentence "N năm thực hiện X of year Y"
 * (Y+N), a year so far ("5 tháng đầu năm 2017") or a year of an event; then a dated event the
 * article reports (the day just after the latest one); then what it says of now ("so với cùng
 * kỳ năm 2016", "từ năm 2008 đến nay đã gần 10 năm"); then the year of the tasks it sets ("Trong
 * năm 2017, … sẽ"); else the event year the article repeats.
 * An article that writes none of these gives no year (null).
 */
export function inferYear(d: DayMonth, publishedOn: string | null, sentence: string, text: string, title = ''): number | null {
  if (d.year !== null) return d.year;
  if (publishedOn) {
    const py = Number(publishedOn.slice(0, 4));
    const pm = Number(publishedOn.slice(5, 7));
    return d.month > pm + 1 ? py - 1 : py;
  }
  const reviewed = reviewedPeriodYear(title, d);
  if (reviewed !== null) return reviewed;
  const carried = YEARS_OF_CARRYING_OUT.exec(sentence);
  if (carried) return Number(carried[2]) + Number(carried[1]);
  const soFar = YEAR_SO_FAR.exec(sentence);
  if (soFar) return Number(soFar[1]);
  const inSentence = eventYears(sentence)[0];
  if (inSentence !== undefined) return inSentence;
  const folded = fold(text); // read by the rules below: folded once
  return (
    yearAfterLatestEvent(d, folded) ??
    yearOfNow(folded) ??
    sinceLateYear(d, folded) ??
    currentYearNamed(folded) ??
    yearOfTasks(d, folded) ??
    repeatedEventYear(text)
  );
}

/**
 * The period a meeting's title reviews ("Hội nghị sơ kết 6 tháng đầu năm 2017", "giao ban quý
 * IV/2016", "tổng kết công tác năm 2016") is of the year written with it, and the meeting is held
 * at or after its end: in that year, or early in the next for a period that ends in December
 * (held in January–March). A bare "năm 2017" may be the year planned for, not reviewed: not read.
 */
function reviewedPeriodYear(title: string, d: DayMonth): number | null {
  if (!title) return null;
  const p = findPeriod(title, null);
  if (p?.year == null || p.part === null) return null;
  if (p.part === 'Y' && !REVIEWED_YEAR.test(key(title))) return null;
  const endsInDecember = p.part === 'Y' || p.part === 'H2' || p.part === 'Q4';
  return endsInDecember && d.month <= 3 ? p.year + 1 : p.year;
}
const REVIEWED_YEAR = /(?<![\p{L}])(?:tổng\s+kết(?:\s+công\s+tác)?\s+năm|cả\s+năm)(?![\p{L}])/u;

/**
 * A full date ("ngày 1/12/2016", "23.11.2016") or a month ("tháng 12/2016") of an event the
 * article reports. Not one: a cited document's date ("số 2551/QĐ-TTg ngày 30/12/2016", "ban hành
 * ngày …"), a birth, either end of a span ("từ tháng 7/2015 đến tháng 4/2016", "… đến nay"), nor
 * a date in a clause of deadlines, plans and starts ("trước ngày", "chậm nhất", "dự kiến", "sẽ",
 * "từ ngày 1/1/2018"): those may lie anywhere before or after the report.
 */
const DATED_MENTION =
  /(?<![\p{L}\p{N}/.-])(?:(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})|(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+((?:19|20)\d{2})|tháng\s+(\d{1,2})\s*(?:[/.-]|\s+năm\s+)\s*((?:19|20)\d{2}))(?![\p{N}/])/gu;
const DOCUMENT_DATE = /(?:\d[\p{L}\p{N}]*(?:\s*[/-]\s*[\p{L}\p{N}]+)*|ban\s+hành|ký|kèm\s+theo)\s*,?\s*ngày\s+$/u;
const BIRTH = /(?:sinh|sn)\s+(?:ngày\s+|tháng\s+)?$/u;
const SPAN_END = /(?:(?:19|20)\d{2}|\d{1,2})\s*-\s*(?:ngày\s+|tháng\s+)?$|(?:đến|tới)\s+(?:ngày\s+|tháng\s+)?$/u;
const SPAN_START = /^\s*(?:-|đến|tới)\s*(?:nay|hiện\s+nay|ngày|tháng|năm|\d)/u;
/**
 * Background recalled at a month's grain ("Trước đó, tháng 5/2011, …", "cách đây khoảng 5 năm …
 * tháng 5/2012", "Như Báo X đã đưa tin, dự án … được cấp phép vào tháng 4-2016"): a report
 * tells its own recent events by their day and history by month or year, so a month after a
 * recall cue says nothing of the report's year.
 */
const RECALL_CUE = /(?<![\p{L}])(?:trước\s+đó|cách\s+đây|như\s+(?:[^.!?]|\.(?=\p{L})){0,60}?đã\s+(?:đưa\s+tin|thông\s+tin|phản\s+ánh))(?![\p{L}])/u;
/** The text from the start of the sentence before the one holding `at` up to `at`. */
function sentenceAndOneBefore(f: string, at: number): string {
  const head = f.slice(0, at);
  const ends = [...head.matchAll(/[.!?]\s+(?=\S)/gu)];
  const from = ends.length >= 2 ? (ends[ends.length - 2]?.index ?? 0) : 0;
  return head.slice(from);
}
const NOT_NOW_CLAUSE =
  /(?<![\p{L}])(?:trước|chậm\s+nhất|đến|tới|hết|sẽ|dự\s+kiến|mục\s+tiêu|phấn\s+đấu|kế\s+hoạch|phải|lộ\s+trình|từ|bắt\s+đầu)(?![\p{L}])[^,]*$/u;

/**
 * "… đang được sử dụng từ tháng 4-2017": the start of a state the clause says goes on now
 * ("đang") is past, so it bounds the report like an event; a start with no "đang" may be ahead
 * ("từ ngày 1/1/2018 áp dụng"), as may every other word of the clause.
 */
const START_WORD = /^(?:từ|bắt\s+đầu)(?![\p{L}])/u;
const ONGOING = /(?<![\p{L}])đang(?![\p{L}])/u;
function notNow(clause: string): boolean {
  const m = NOT_NOW_CLAUSE.exec(clause);
  if (!m) return false;
  return !(START_WORD.test(m[0]) && ONGOING.test(clause.slice(0, m.index)));
}

/**
 * A report tells what happened up to its own time, so its latest dated event bounds the
 * meeting from below: the day in that event's year, or in the next when its month is well
 * before the event's (the mirror of the date line's rule). Null when it reports no dated event.
 */
function yearAfterLatestEvent(d: DayMonth, f: string): number | null {
  let latest: { y: number; m: number; day: number } | null = null;
  for (const m of f.matchAll(DATED_MENTION)) {
    const before = f.slice(Math.max(0, m.index - 60), m.index);
    const after = f.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
    if (DOCUMENT_DATE.test(before) || BIRTH.test(before) || SPAN_END.test(before) || SPAN_START.test(after) || notNow(clause)) continue;
    if (m[8] && RECALL_CUE.test(sentenceAndOneBefore(f, m.index))) continue;
    // Only a real day counts (the text module's one validated constructor).
    const date = m[4]
      ? calendarDate(Number(m[1]), Number(m[3]), Number(m[4]))
      : m[7]
        ? calendarDate(Number(m[5]), Number(m[6]), Number(m[7]))
        : calendarDate(1, Number(m[8]), Number(m[9]));
    if (date?.year == null) continue;
    const at = { y: date.year, m: date.month, day: date.day };
    if (!latest || at.y > latest.y || (at.y === latest.y && (at.m > latest.m || (at.m === latest.m && at.day > latest.day)))) latest = at;
  }
  if (!latest) return null;
  return d.month >= latest.m - 1 ? latest.y : latest.y + 1;
}

/**
 * What the article says of now: "so với cùng kỳ năm 2016" compares with the same time of the
 * year before (now is 2017); "từ năm 2008 đến nay đã gần 10 năm" counts the years since (2017,
 * one fewer when "gần": fewer than ten have passed); "những tháng đầu năm 2017" tells the year so far.
 */
const SAME_TIME_LAST_YEAR = /(?<![\p{L}])cùng\s+kỳ\s+năm\s+((?:19|20)\d{2})(?!\d)/u;
const YEARS_SINCE =
  /(?<![\p{L}])từ\s+(?:năm\s+)?((?:19|20)\d{2})\s+(?:đến|tới)\s+nay\s*,?\s+(?:(?:đã|là|được|vừa)\s+)?(?:(gần|ngót|chưa\s+đầy|hơn|trên|tròn|đúng|khoảng)\s+)?(\d{1,3})\s+năm(?![\p{L}])/u;

// "những tháng đầu năm 2017", "6 tháng đầu năm 2017", "từ đầu năm 2017": the part of the year gone so far
// is told during that year; one compared with ("so với 6 tháng đầu năm 2016") is the year before.
const SO_FAR_THIS_YEAR =
  /(?<![\p{L}\p{N}])(?<!so\s+với\s+(?:cùng\s+kỳ\s+)?)(?:(?:những|các|\d{1,2})\s+tháng\s+đầu\s+năm|từ\s+đầu\s+năm)\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/u;

function yearOfNow(f: string): number | null {
  const same = SAME_TIME_LAST_YEAR.exec(f);
  if (same) return Number(same[1]) + 1;
  const since = YEARS_SINCE.exec(f);
  if (!since) {
    const soFar = SO_FAR_THIS_YEAR.exec(f);
    return soFar ? Number(soFar[1]) : null;
  }
  const fewer = since[2] === 'gần' || since[2] === 'ngót' || since[2]?.startsWith('chưa') === true;
  return Number(since[1]) + Number(since[3]) - (fewer ? 1 : 0);
}

/**
 * What the meeting asks to be done this year: "Trong năm 2017, Ban Quản lý … sẽ hỗ trợ …" (a
 * year named with the years after it is read by currentYearNamed, yearPhrases.ts). A year's tasks
 * are set during that year, except at its end (November, December), when the next year's are planned;
 * a year told with "đã" is one recalled, not planned; the tasks of a year whose programme the
 * article adopts ("thông qua Chương trình giám sát năm 2018") are that programme's, ahead of now.
 */
const TASKS_IN_YEAR =
  /(?<![\p{L}])trong\s+năm\s+(?:nay\s+)?((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)((?:(?!đã(?![\p{L}]))[^.!?;])*?)(?<![\p{L}])(?:sẽ|phải|cần)(?![\p{L}])/u;
const LAST_PLANNING_MONTH = 10;
/**
 * "nhiệm vụ trọng tâm 2017", "triển khai nhiệm vụ năm 2017": the tasks of a year, as a meeting
 * sets or discusses them, are of the year it is held in (before November); the results of a
 * year's tasks ("kết quả thực hiện nhiệm vụ năm 2016", "tổng kết …") are reviewed after it.
 */
const TASKS_OF_YEAR =
  /(?<![\p{L}])nhiệm\s+vụ\s+(?:(?:trọng\s+tâm|chủ\s+yếu|trọng\s+yếu|chính\s+trị)\s+)?(?:(?:của\s+|trong\s+)?năm\s+)?((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*\d)/gu;
const REVIEWED_TASKS = /(?<![\p{L}])(?:kết\s+quả|tổng\s+kết|đánh\s+giá|kiểm\s+điểm|đã)(?![\p{L}])[^.;:]{0,40}$/u;

function yearOfTasks(d: DayMonth, f: string): number | null {
  if (d.month > LAST_PLANNING_MONTH) return null;
  const m = TASKS_IN_YEAR.exec(f);
  if (m) return plannedYears(f).has(Number(m[1])) ? null : Number(m[1]);
  for (const t of f.matchAll(TASKS_OF_YEAR)) {
    if (!REVIEWED_TASKS.test(f.slice(Math.max(0, t.index - 60), t.index))) return Number(t[1]);
  }
  return null;
}

/**
 * "Từ cuối năm 2016 đến nay giá heo liên tục giảm": what has gone on since late in a year (from
 * October) is told in the next year when the meeting is earlier than October; later in the year
 * it may be either.
 */
const SINCE_LATE_YEAR = /(?<![\p{L}])từ\s+cuối\s+năm\s+((?:19|20)\d{2})(?!\d)\s+(?:đến|tới)\s+nay(?![\p{L}])/u;
const LATE_MONTHS_FROM = 10;

function sinceLateYear(d: DayMonth, f: string): number | null {
  const m = SINCE_LATE_YEAR.exec(f);
  return m && d.month < LATE_MONTHS_FROM ? Number(m[1]) + 1 : null;
}

/** The year the article mentions most (the article's own year, for directive eras). */
export function mostMentionedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d/.-])(?:19|20)\d{2}(?![\d])/gu)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

/**
 * The event year the article names most, when it names it at least twice (the later of a tie);
 * else null: a year named once is as likely history as the report's own (contract: never guessed).
 */
export function repeatedEventYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const y of eventYears(text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) {
    const b = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > b || (n === b && best !== null && y > best)) best = y;
  }
  return best !== null && (counts.get(best) ?? 0) >= 2 ? best : null;
}

/** ISO date of a day in a year, or null when that day does not exist in it (29/2 of 2021). */
export function iso(y: number, d: DayMonth): string | null {
  return isoDate({ ...d, year: y });
}
