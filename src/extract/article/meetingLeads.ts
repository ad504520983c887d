// The meeting(s) an article reports: a sentence opening on the day, then the organizer, a verb
// of holding and the meeting's name ("Ngày 19/7, Ban Tuyên giáo Huyện ủy đã tổ chức hội nghị
// giao ban …"). A meeting only planned ("sẽ tổ chức", "tham mưu … tổ chức") is not reported.
import data from '../data/article/meetings.json' with { type: 'json' };
import type { Span } from './sentences.js';
import { LEAD_DATE, readLeadDate, type DayMonth } from './meetingDate.js';
import { isHeadlineShaped } from './title.js';
import { capitalizeFirst, key } from './text.js';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const byLength = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const VERB_KIND = new RegExp(
  `${B}(?:đã\\s+|vừa\\s+|long\\s+trọng\\s+)*(?:${byLength(data.verbs).map(esc).join('|')})\\s+(?:thành\\s+công\\s+)?(?=(?:${byLength(data.kinds).map(esc).join('|')})${E})`,
  'iu',
);
const PLACE_LEAD = /^tại\s+[^,]{1,80},\s*/iu;
const KIND_IN_HEADLINE = new RegExp(`(?:^|:\\s*)(?=(?:${byLength(data.kinds).map(esc).join('|')})${E})`, 'iu');
const DAY_IN_TEXT = /(?:sáng|chiều|tối|trưa)?\s*ngày\s+\d{1,2}\s*[/\-.]\s*\d{1,2}(?:\s*[/\-.]\s*\d{2,4})?/iu;
const LEAD_PARAGRAPHS = 8;

function paragraphIndex(text: string, at: number): number {
  return text.slice(0, at).split(/\n\s*\n/).length - 1;
}

export interface MeetingLead {
  title: string;
  date: DayMonth | null;
  /** Offsets in the text. */
  organizer: Span;
  titleSpan: Span;
  sentence: Span;
}

export function findMeetingLeads(text: string, allSpans: Span[]): MeetingLead[] {
  // The report opens on its meeting; a dated "tổ chức hội nghị" deep in the body is background.
  const spans = allSpans.filter((s) => paragraphIndex(text, s.start) < LEAD_PARAGRAPHS);
  const leads: MeetingLead[] = [];
  for (const s of spans) {
    const sentence = text.slice(s.start, s.end);
    const d = readLeadDate(sentence);
    if (!d) continue;
    const lead = readLead(text, s, d.length + (PLACE_LEAD.exec(sentence.slice(d.length))?.[0].length ?? 0), d.date);
    if (lead && !leads.some((l) => key(l.title) === key(lead.title))) leads.push(lead);
  }
  if (leads.length > 0) return leads;
  // No dated lead: the first undated "X tổ chức Hội nghị …" that is not a plan.
  for (const s of spans) {
    if (LEAD_DATE.test(text.slice(s.start, s.end))) continue;
    const lead = readLead(text, s, 0, null);
    if (lead) return [lead];
  }
  const fromHeadline = headlineLead(text, spans);
  return fromHeadline ? [fromHeadline] : [];
}

/**
 * Last resort, a lead written another way ("Hội nghị … đã được Huyện ủy tổ chức vào sáng
 * 5/3"): the meeting named by the headline ("Huyện ủy Tam Dương: Hội nghị …"), dated by the
 * first "ngày d/m" of the opening paragraphs.
 */
function headlineLead(text: string, spans: Span[]): MeetingLead | null {
  const first = spans[0];
  if (!first) return null;
  const line = text.slice(first.start, first.end);
  if (!isHeadlineShaped(line)) return null;
  const k = KIND_IN_HEADLINE.exec(line);
  if (!k) return null;
  const at = k.index + k[0].length;
  const titleText = cutTitle(line.slice(at));
  if (!titleText) return null;
  let date: DayMonth | null = null;
  for (const s of spans.slice(1)) {
    const m = DAY_IN_TEXT.exec(text.slice(s.start, s.end));
    const d = m ? readLeadDate(m[0]) : null;
    if (d) { date = d.date; break; }
  }
  const orgEnd = first.start + line.slice(0, k.index).replace(/[\s:–—-]+$/u, '').length;
  return {
    title: capitalizeFirst(titleText),
    date,
    organizer: { start: first.start, end: orgEnd },
    titleSpan: { start: first.start + at, end: first.start + at + titleText.length },
    sentence: first,
  };
}

function readLead(text: string, s: Span, from: number, date: DayMonth | null): MeetingLead | null {
  const sentence = text.slice(s.start, s.end);
  const rest = sentence.slice(from);
  const v = VERB_KIND.exec(rest);
  if (!v || v.index === 0) return null;
  const organizer = rest.slice(0, v.index).trim();
  if (isPlanned(organizer) || organizer.split(/\s+/).length > 25) return null;
  const titleStart = from + v.index + v[0].length;
  const titleText = cutTitle(sentence.slice(titleStart));
  if (!titleText) return null;
  const orgStart = s.start + from + rest.indexOf(organizer);
  return {
    title: capitalizeFirst(titleText),
    date,
    organizer: { start: orgStart, end: orgStart + organizer.length },
    titleSpan: { start: s.start + titleStart, end: s.start + titleStart + titleText.length },
    sentence: s,
  };
}

function isPlanned(organizer: string): boolean {
  const k = ` ${key(organizer)} `;
  return data.plannedMarkers.some((m) => k.includes(` ${m} `));
}

function cutTitle(t: string): string {
  let end = t.length;
  for (const stop of data.titleStops) {
    const i = t.indexOf(stop);
    if (i > 0 && i < end) end = i;
  }
  return t.slice(0, end).replace(/(?:\s*\.\/\.|[\s.;:,…]+)$/u, '').trim();
}
