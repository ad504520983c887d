// The one way a rule turns day, month and year read from text into a date: an impossible day
// (30/2/2021, 31/4, 29/2/2021) is refused with null, never rolled over into the next month as
// `new Date` would.

/** A day of the calendar; `year` is null when the text leaves it out. */
export interface DayMonth {
  day: number;
  month: number;
  year: number | null;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in `month` (1–12) of `year`; a year not known allows 29 February. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date, or null when no such day exists. Two-digit years are read as 20xx. */
export function calendarDate(day: number, month: number, year: number | null = null): DayMonth | null {
  const y = year !== null && year < 100 ? year + 2000 : year;
  if (!Number.isInteger(day) || !Number.isInteger(month) || (y !== null && !Number.isInteger(y))) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, y)) return null;
  return { day, month, year: y };
}

/** ISO yyyy-mm-dd, the year from `fallbackYear` when the date has none; null when unknown or impossible in that year. */
export function isoDate(d: DayMonth, fallbackYear: number | null = null): string | null {
  const year = d.year ?? fallbackYear;
  if (year === null || calendarDate(d.day, d.month, year) === null) return null;
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
