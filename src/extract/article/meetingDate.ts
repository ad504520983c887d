// The day a meeting was held as the lead writes it ("Ngày 19/7", "Chiều ngày 30/9/2020",
// "Sáng 5-3"), the year, when omitted, inferred from the article.
import data from '../data/article/meetings.json' with { type: 'json' };

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const TIMES = [...data.timesOfDay].sort((a, b) => b.length - a.length).map(esc).join('|');

/** Leading date of a sentence; `length` covers the date and the comma after it. */
export const LEAD_DATE = new RegExp(
  // A news-agency tag may open the lead: "(ĐCSVN) – ", "TTXVN - ", "Tuyengiao.vn - ".
  '^(?:\\(?[\\p{L}\\p{N}.]{2,20}\\)?\\s*[-–—:]\\s*)?'
  + '(?:tại\\s+[^,]{1,80},\\s*)?'
  + `(?:(?:${TIMES})\\s+)?(?:(?:hôm\\s+)?nay\\s*\\(\\s*)?(?:trong\\s+)?(?:(?:hai|ba|các)\\s+)?(?:ngày\\s+)?`
  // Several days ("ngày 15 và 16/3", "15-16/3"): the first is the day it opened.
  + '(?:(?<first>\\d{1,2})\\s*(?:và|-|–|đến)\\s*(?=\\d{1,2}\\s*[/.]))?'
  + '(?:(?<d>\\d{1,2})\\s*[/\\-.]\\s*(?<m>\\d{1,2})(?:\\s*[/\\-.]\\s*(?<y>\\d{4}|\\d{2}))?(?!\\d)'
  + '|(?<wd>\\d{1,2})\\s+tháng\\s+(?<wm>\\d{1,2})(?:\\s*,?\\s*năm\\s+(?<wy>\\d{4}))?(?!\\d))'
  + '\\s*\\)?\\s*,?\\s*',
  'iu',
);

export interface DayMonth { day: number; month: number; year: number | null }

export function readLeadDate(sentence: string): { date: DayMonth; length: number } | null {
  const m = LEAD_DATE.exec(sentence);
  if (!m) return null;
  const g = m.groups ?? {};
  const day = Number(g.first ?? g.d ?? g.wd);
  const month = Number(g.m ?? g.wm);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const y = g.y ?? g.wy;
  let year = y === undefined ? null : Number(y);
  if (year !== null && year < 100) year += 2000;
  return { date: { day, month, year }, length: m[0].length };
}

/**
 * Year for a date written without one: the publication date's year (one earlier when the
 * meeting month is well after publication), else a year written in the meeting sentence,
 * else the year the article mentions most.
 */
export function inferYear(d: DayMonth, publishedOn: string | null, sentence: string, text: string): number | null {
  if (d.year !== null) return d.year;
  if (publishedOn) {
    const py = Number(publishedOn.slice(0, 4));
    const pm = Number(publishedOn.slice(5, 7));
    return d.month > pm + 1 ? py - 1 : py;
  }
  const inSentence = sentence.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/u);
  if (inSentence) return Number(inSentence[0]);
  return mostMentionedYear(text);
}

export function mostMentionedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(?<![\d/.-])(?:19|20)\d{2}(?![\d])/gu)) counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = y;
  return best;
}

export function iso(y: number, d: DayMonth): string {
  return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
