// The reporting period a meeting reviews: "quý 3/2021" Q3, "6 tháng đầu năm" H1, "9 tháng" M9,
// "tổng kết năm" / "năm 2021" Y. The earliest named part wins ("6 tháng đầu năm và nhiệm vụ 6
// tháng cuối năm" reviews H1); its year is the one written with it or the next one written.
import data from '../data/article/meetings.json' with { type: 'json' };
import type { Period, PeriodPart } from '../../core/extraction.js';
import { key } from './text.js';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const QUARTER = new RegExp(`${B}(?:${data.periods.Q.map(esc).join('|')})\\s+(iv|i{1,3}|[1-4])${E}`, 'u');
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const PHRASES: Array<{ part: PeriodPart; re: RegExp }> = (['H1', 'H2', 'M9'] as const).map((part) => ({
  part,
  re: new RegExp(`${B}(?:${data.periods[part].map(esc).join('|')})${E}`, 'u'),
}));
const YEAR_PHRASES = data.periods.Y.filter((p) => p !== 'năm');
const YEAR_PART = new RegExp(`${B}(?:(?:${YEAR_PHRASES.map(esc).join('|')})|năm(?=\\s*\\d{4}))${E}`, 'u');
const YEAR = /(?<!\d)(19|20)\d{2}(?!\d)/u;

interface Hit {
  part: PeriodPart;
  index: number;
  end: number;
}

/** The period named in `s`, or null; `fallbackYear` when no year is written after it. */
export function findPeriod(s: string, fallbackYear: number | null, allowYearOnly = true): Period | null {
  const k = key(s);
  const hits: Hit[] = [];
  const q = QUARTER.exec(k);
  if (q?.[1]) {
    const n = ROMAN[q[1]] ?? Number(q[1]);
    hits.push({ part: `Q${n}` as PeriodPart, index: q.index, end: q.index + q[0].length });
  }
  for (const { part, re } of PHRASES) {
    const m = re.exec(k);
    if (m) hits.push({ part, index: m.index, end: m.index + m[0].length });
  }
  if (hits.length === 0 && allowYearOnly) {
    const y = YEAR_PART.exec(k);
    if (y) hits.push({ part: 'Y', index: y.index, end: y.index + y[0].length });
  }
  const first = hits.sort((a, b) => a.index - b.index)[0];
  if (!first) return null;
  const after = YEAR.exec(k.slice(first.end));
  return { year: after ? Number(after[0]) : fallbackYear, part: first.part };
}

/**
 * A monthly meeting or one of a span that is no part ("tháng 4/2021", "tuần 4, tháng 6-2017",
 * "5 tháng đầu năm 2022"): it reviews a period of year Y with no part. Period words elsewhere in
 * the body then describe what was reported, not the meeting.
 */
const MONTH = new RegExp(`${B}tháng\\s+(?:0?[1-9]|1[0-2])\\s*(?:[/\\-.]|\\s+năm\\s+)\\s*((?:19|20)\\d{2})${E}`, 'u');
const MONTHS_SPAN = new RegExp(`${B}(?:0?[12457]|1[01])\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s+(?:năm\\s+)?((?:19|20)\\d{2}))?${E}`, 'u');

export function findMonthlyPeriod(s: string, fallbackYear: number | null): Period | null {
  const k = key(s);
  const m = MONTH.exec(k);
  if (m) return { year: Number(m[1]), part: null };
  const n = MONTHS_SPAN.exec(k);
  if (n) return { year: n[1] ? Number(n[1]) : fallbackYear, part: null };
  return null;
}
