// What follows a citation's number and describes it, in any order: ", ngày 30/5/2019",
// "năm 2016", "(khóa XII)", "của Ban Thường vụ Huyện ủy", "do Thủ tướng Chính phủ ban hành".
// Stops at the first thing that is none of these, so a later citation keeps its own facts.
import { readDate } from './dates.js';
import { matchIssuerAt } from './issuers.js';
import type { Mention } from './mention.js';
import { TERM_PATTERN, termOf } from './terms.js';

const DATE_LEAD = /^\s*,?\s*(?:\(\s*)?(?:được\s+)?(?:ban\s+hành\s+)?(?:vào\s+)?(?=ngày\s)/u;
const CLOSE = /^\s*\)/u;
const YEAR_ONLY = /^\s*,?\s*năm\s+((?:19|20)\d\d)(?![\d/])/u;
const TERM = new RegExp(`^\\s*,?\\s*(?:\\(\\s*)?khóa\\s+${TERM_PATTERN}(?:\\s*\\))?`, 'u');
const ISSUER_LEAD = /^\s*,?\s*(?:của|do)\s+/u;
/** "… ngày 4/11/2013 Hội nghị Trung ương 8 khóa XI": a plenum may follow with no "của". */
const PLENUM_LEAD = /^\s*,?\s*(?=hội\s+nghị\s)/u;
const ENACTED = /^\s+ban\s+hành(?![\p{L}])/u;

/** Reads the describing tail from `pos` into `m`; returns where it ends. */
export function readTail(text: string, f: string, pos: number, m: Mention): number {
  let p = pos;
  for (let progressed = true; progressed;) {
    progressed = false;
    const rest = f.slice(p);
    const lead = m.date ? null : DATE_LEAD.exec(rest);
    const date = lead ? readDate(rest.slice(lead[0].length)) : null;
    if (lead && date) {
      m.date = date.date;
      p += lead[0].length + date.length;
      const close = CLOSE.exec(f.slice(p));
      if (close && lead[0].includes('(')) p += close[0].length;
      progressed = true;
      continue;
    }
    const year = m.yearOnly || m.date ? null : YEAR_ONLY.exec(rest);
    if (year) {
      m.yearOnly = year[1] ?? null;
      p += year[0].length;
      progressed = true;
      continue;
    }
    const term = m.term ? null : TERM.exec(rest);
    if (term && termOf(term[1] ?? '')) {
      m.term = termOf(term[1] ?? '');
      p += term[0].length;
      progressed = true;
      continue;
    }
    const of = m.issuer ? null : (ISSUER_LEAD.exec(rest) ?? PLENUM_LEAD.exec(rest));
    const issuer = of ? matchIssuerAt(text, f, p + of[0].length) : null;
    if (of && issuer) {
      m.issuer = issuer.name;
      m.issuerClass = issuer.cls;
      p = issuer.end;
      const enacted = ENACTED.exec(f.slice(p));
      if (enacted) p += enacted[0].length;
      progressed = true;
    }
  }
  return p;
}
