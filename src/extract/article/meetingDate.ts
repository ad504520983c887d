// The day a meeting was held as the lead writes it ("Ngày 19/7", "Chiều ngày 30/9/2020",
// "Sáng 5-3"), the year, when omitted, inferred from the article.
import data from '../data/article/meetings.json' with { type: 'json' };
import { calendarDate, isoDate, type DayMonth } from '../../text/index.js';

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
    `(?:(?:${TIMES})\\s+)?(?:(?:hôm\\s+)?nay\\s*\\(\\s*)?(?:trong\\s+)?(?:(?:hai|ba|các)\\s+)?(?:ngày\\s+)?` +
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
 * "giai đoạn 2011 - 2020"), a target ("đến năm 2030", "tầm nhìn 2045"), a symbol ("15/2020/NĐ-CP").
 */
const NOT_EVENT_YEAR =
  /(?:nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|khóa)\s*(?:\d{4}\s*[-–]\s*)?\d{4}|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:đến|tới|trước|tầm\s+nhìn(?:\s+đến)?)\s+(?:(?:hết|cuối)\s+)?(?:năm\s+)?\d{4}|\/\s*(?:19|20)\d{2}\s*\//giu;
/** A year written alone ("năm 2017"): one inside a date or a month is more often a cited document's or history's. */
const YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?!\d)/gu;

function eventYears(s: string): number[] {
  const blanked = s.replace(NOT_EVENT_YEAR, (m) => ' '.repeat(m.length));
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
 * Year for a date written without one: the publication date's year (one earlier when the
 * meeting month is well after publication), else "N năm thực hiện X of year Y" (Y+N), else a
 * a year of an event written in the meeting sentence, else the event year the article repeats.
 */
export function inferYear(d: DayMonth, publishedOn: string | null, sentence: string, text: string): number | null {
  if (d.year !== null) return d.year;
  if (publishedOn) {
    const py = Number(publishedOn.slice(0, 4));
    const pm = Number(publishedOn.slice(5, 7));
    return d.month > pm + 1 ? py - 1 : py;
  }
  const carried = YEARS_OF_CARRYING_OUT.exec(sentence);
  if (carried) return Number(carried[2]) + Number(carried[1]);
  const soFar = YEAR_SO_FAR.exec(sentence);
  if (soFar) return Number(soFar[1]);
  const inSentence = eventYears(sentence)[0];
  if (inSentence !== undefined) return inSentence;
  return repeatedEventYear(text);
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
