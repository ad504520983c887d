// A citation's subject: the quoted title, or the words after "về"/"về việc", without that
// lead word. Unquoted, it runs to the end of the clause: sentence end, ";", "…", "(", a clause
// opener such as ", trong đó" (data/directiveKinds.json subjectStops), or just past a citation
// it names ("về tiếp tục thực hiện Nghị quyết số 29, ngày …" keeps "… Nghị quyết số 29": the
// date belongs to the inner citation).
import { fold } from './fold.js';
import { LEXICON } from './lexicon.js';
import { sentenceSpanAt } from './sentences.js';

export interface SubjectMatch {
  subject: string;
  end: number;
  quoted: boolean;
}

const LEAD = /^\s*,?\s*về(?:\s+việc)?\s+/u;
const QUOTE_OPEN = /^\s*[“"«]/u;
const QUOTE_CLOSE = /[”"»]/u;
const INNER_LEAD = /^\s*về(?:\s+việc)?\s+/iu;
const STOPS = LEXICON.subjectStops.map(fold);
const MAX_QUOTED = 600;
const LISTED = /\s*(?:,|;|và|cùng\s+với)\s*(?:các\s+)?$/u;

/** Reads a subject at `pos`; `cores` are [start, end) of every citation core in the text. */
export function readSubject(text: string, f: string, pos: number, cores: Array<[number, number]>): SubjectMatch | null {
  const lead = LEAD.exec(f.slice(pos));
  const start = pos + (lead ? lead[0].length : 0);
  const open = QUOTE_OPEN.exec(f.slice(start));
  if (open) return quoted(text, start + open[0].length);
  if (!lead) return null;
  return unquoted(text, f, start, cores);
}

function quoted(text: string, from: number): SubjectMatch | null {
  const window = text.slice(from, from + MAX_QUOTED);
  const close = QUOTE_CLOSE.exec(window);
  if (!close || window.slice(0, close.index).includes('\n')) return null;
  const inner = window.slice(0, close.index);
  const subject = inner.replace(INNER_LEAD, '').trim();
  return subject ? { subject, end: from + close.index + 1, quoted: true } : null;
}

function unquoted(text: string, f: string, start: number, cores: Array<[number, number]>): SubjectMatch | null {
  let end = sentenceSpanAt(text, start).end;
  const clause = /[;…(\n]|\.\.\./u.exec(f.slice(start, end));
  if (clause) end = start + clause.index;
  for (const stop of STOPS) {
    const i = f.indexOf(stop, start);
    if (i >= 0 && i < end) end = i;
  }
  end = Math.min(end, outerQuoteClose(text, start, end));
  for (const [cs, ce] of cores) {
    if (cs >= start && cs < end) {
      // "về X và Kết luận số 01 …" lists a further citation; "về thực hiện Nghị quyết số 29"
      // names the one it is about.
      const before = f.slice(start, cs);
      const listed = LISTED.exec(before);
      end = listed ? start + listed.index : Math.min(end, ce);
      break;
    }
  }
  const subject = text
    .slice(start, end)
    .replace(/[\s,:–-]+$/u, '')
    .replace(/[.]+$/u, '')
    .trim();
  return subject ? { subject, end: start + subject.length, quoted: false } : null;
}

/** A closing quote not opened inside the subject ends it: the subject sits in an outer quote. */
function outerQuoteClose(text: string, start: number, end: number): number {
  let curly = 0;
  let straightOpen = false;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '“' || ch === '«') curly++;
    else if ((ch === '”' || ch === '»') && curly-- === 0) return i;
    else if (ch === '"') {
      if (!straightOpen && /[\s(]/u.test(text[i - 1] ?? ' ') && i > start) straightOpen = true;
      else if (straightOpen) straightOpen = false;
      else return i;
    }
  }
  return end;
}
