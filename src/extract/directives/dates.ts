// Issue dates as the genre writes them after a citation: "ngày 9/4", "ngày 30/5/2019",
// "ngày 05-12-2011", "ngày 5.3.2020", "ngày 5 tháng 3 năm 2020". Read on folded text.

export interface WrittenDate { day: number; month: number; year: number | null }

const NUMERIC = /^ngày\s+(\d{1,2})\s*([/.\-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2})(?!\d))?(?![\d/])/u;
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
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return { length: m[0].length, date: { day, month, year } };
}

/** ISO date, the year taken from `fallbackYear` when the text leaves it out; null when unknown. */
export function isoDate(d: WrittenDate, fallbackYear: number | null): string | null {
  const year = d.year ?? fallbackYear;
  if (year === null) return null;
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
