// Phrases that tell an undated report's year, or that look like it and do not (conventions of
// the gold answers, from how reports write of time):
//   "tổ chức học tập chuyên đề năm 2017 và chuyên đề của các năm tiếp theo"
//        this year and the ones after: the year named is the current one;
//   "Quốc hội đã thông qua Nghị quyết về Chương trình giám sát năm 2018"
//        a programme or plan adopted for a year is adopted before that year: not the event's year.

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
/**
 * "năm 2017 và (chuyên đề của) các năm tiếp theo", "nhiệm vụ năm 2017 và những năm tiếp theo"; not a
 * target or a start ("đến năm 2020 và các năm sau", "từ năm …").
 */
const THIS_AND_NEXT_YEARS =
  /(?<![\p{L}])(?<!(?:đến|tới|trước|từ|sau|nhìn|hết|cuối)\s+)năm\s+((?:19|20)\d{2})(?!\d)\s+và\s+(?:[\p{L}]+\s+){0,3}?(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau\s+đó|sau|tới)(?![\p{L}])/u;

/** The year an article names as the current one with the years after it; null when none. `f` is folded. */
export function currentYearNamed(f: string): number | null {
  const m = THIS_AND_NEXT_YEARS.exec(f);
  return m ? Number(m[1]) : null;
}

/** "thông qua (Nghị quyết về) Chương trình hoạt động giám sát của QH năm 2018", "phê duyệt kế hoạch … năm 2018". */
const PLAN_ADOPTED_FOR_YEAR =
  /(?<![\p{L}])(?:thông\s+qua|phê\s+duyệt|ban\s+hành|xây\s+dựng|biểu\s+quyết)\s+(?:[^\s,.;:]+\s+){0,4}?(?:chương\s+trình|kế\s+hoạch|dự\s+toán)(?:\s+[^\s,.;:]+){0,8}?\s+năm\s+(?:19|20)\d{2}(?!\d)/giu;

/** The years programmes are adopted for ("thông qua Chương trình giám sát năm 2018"): years ahead of the text's now. */
export function plannedYears(s: string): Set<number> {
  return new Set([...s.matchAll(PLAN_ADOPTED_FOR_YEAR)].map((m) => Number(/((?:19|20)\d{2})$/u.exec(m[0])?.[1])));
}

/** `s` with the years of programmes adopted for them blanked (same length, so offsets hold). */
export function blankPlannedYears(s: string): string {
  return s.replace(PLAN_ADOPTED_FOR_YEAR, (m) => ' '.repeat(m.length));
}
