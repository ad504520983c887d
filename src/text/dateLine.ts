// A date line: a short line holding one date and nothing else but a time, a weekday or a
// label ("10-07-2020 17:00", "18:15 26/06/2023", "Thứ Hai, 26/6/2023 - 08:30"). Both the
// cleaning stage (which keeps a date line above the headline) and the article stage (which
// reads the published date from one) recognise it here, so neither imports the other.

import { calendarDate, isoDate } from './dates.js';

const DATE = /(?<!\d)(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})(?!\d)/u;
const TIME = /(?<!\d)\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?!\d)\s*(?:SA|CH|AM|PM|GMT\s*[+-]\s*\d{1,2}(?::?\d{2})?)?/giu;
const FILLER =
  /(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|ngày\s+đăng|đăng\s+ngày|cập\s+nhật(?:\s+lúc)?|ngày|lúc|đăng\s+lúc|đăng\s+tải|ngày\s+xuất\s+bản)/giu;
const MAX_LEN = 60;

/** ISO date of a date line, or null when the line is anything else. */
export function parseDateLine(line: string): string | null {
  const l = line.trim();
  if (l.length > MAX_LEN) return null;
  const m = DATE.exec(l);
  if (!m) return null;
  const rest = l
    .replace(m[0], ' ')
    .replace(TIME, ' ')
    .replace(FILLER, ' ')
    .replace(/[\s,|:()\-–—/.]+/g, '');
  if (rest.length > 0) return null;
  // An impossible day ("30/2/2021") is no date: the text module's one validated constructor.
  const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return date ? isoDate(date) : null;
}

export function isDateLine(line: string): boolean {
  return parseDateLine(line) !== null;
}
