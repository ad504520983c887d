// One article in, every fact with its evidence out (pure). Cleaning first, so every offset
// points into `Extraction.text`; then headline, date line and by-line; then the meeting the
// lead reports, the people and bodies named, and the directives cited (extracted elsewhere).
import type { Evidence, ExtractedMeeting, Extraction } from '../core/extraction.js';
import { cleanText } from './clean/cleanText.js';
import { findTitle } from './article/title.js';
import { findPublishedOn } from './article/publishedOn.js';
import { findByline } from './article/authors.js';
import { sentenceSpans, sentenceAt, type Span } from './article/sentences.js';
import { findMeetingLeads } from './article/meetingLeads.js';
import { inferYear, iso, mostMentionedYear } from './article/meetingDate.js';
import { findPeriod } from './article/period.js';
import { extractDirectives } from './article/directivesPort.js';

export function extractArticle(source: string, raw: string): Extraction {
  const text = cleanText(raw);
  const spans = sentenceSpans(text);
  const ev = (s: Span): Evidence => ({ start: s.start, end: s.end, sentence: sentenceAt(text, spans, s.start) });

  const title = findTitle(text);
  const published = findPublishedOn(text);
  const publishedOn = published?.date ?? null;
  const byline = findByline(text);
  // Content stops before the by-line: its names and affiliations are not facts of the report.
  const contentEnd = byline?.start ?? text.length;

  const leads = findMeetingLeads(text.slice(0, contentEnd), spans.filter((s) => s.end <= contentEnd));
  const meetingYear = leads[0]?.date ? inferYear(leads[0].date, publishedOn, text.slice(leads[0].sentence.start, leads[0].sentence.end), text) : null;
  const articleYear = publishedOn ? Number(publishedOn.slice(0, 4)) : meetingYear ?? mostMentionedYear(text);
  const { directives, citations } = extractDirectives(text.slice(0, contentEnd), { articleYear });

  const meetings: ExtractedMeeting[] = leads.map((l, i) => {
    const sentence = text.slice(l.sentence.start, l.sentence.end);
    const year = l.date ? inferYear(l.date, publishedOn, sentence, text) : null;
    const date = l.date && year !== null ? iso(year, l.date) : null;
    const fallbackYear = year ?? articleYear;
    const afterLead = text.slice(l.sentence.end, contentEnd);
    const period = findPeriod(l.title, fallbackYear) ?? findPeriod(afterLead, fallbackYear, false);
    return {
      title: l.title,
      date,
      period,
      organizers: [text.slice(l.organizer.start, l.organizer.end)],
      place: null,
      participants: [],
      citations: i === 0 ? citations : [],
      evidence: ev(l.sentence),
    };
  });

  return {
    source,
    text,
    title,
    publishedOn,
    authors: byline?.authors ?? [],
    meetings,
    people: [],
    organizations: [],
    directives,
  };
}
