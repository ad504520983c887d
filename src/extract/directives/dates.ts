// Issue dates as the genre writes them after a citation: "ngày 9/4", "ngày 30/5/2019",
// "ngày 05-12-2011", "ngày 5.3.2020", "ngày 5 tháng 3 năm 2020". Read on folded text.

import { calendarDate, isoDate as textIsoDate } from '../../text/index.js';

export interface WrittenDate {
  day: number;
  month: number;
  year: number | null;
}

const NUMERIC = /^ngày\s+(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2})(?!\d))?(?![\d/])/u;
const WORDED = /^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:,\s*)?năm\s+(\d{4}))?(?!\d)/u;

/** Reads "ngày …" at the start of `f` (folded); the length consumed and the date, or null. */
export function readDate(f: string): { length: number; date: WrittenDate } | null {
  const n = NUMERIC.exec(f);
  const w = n ? null : WORDED.exec(f);
  const m = n ?? w;
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(n ? m[3] : m[2]);
  const y = n ? m[4] : m[3];
  let year: number | null = y === undefined ? null : Number(y);
  if (year !== null && year < 100) year += 2000;
  // An impossible day ("30/2/2021", "31/4") is no date: the text module's one validated constructor.
  const date = calendarDate(day, month, year);
  return date ? { length: m[0].length, date } : null;
}

/** ISO date, the year taken from `fallbackYear` when the text leaves it out; null when unknown. */
export function isoDate(d: WrittenDate, fallbackYear: number | null): string | null {
  return textIsoDate(d, fallbackYear);
}
