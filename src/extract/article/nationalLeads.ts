// The meetings a report's lead gives: the usual lead shapes (meetingLeads.ts), else the sessions
// national reports tell another way (reportedSessions.ts) when the usual ones give no day, each titled as the report names it
// (leadTitleWording.ts); with neither, the meetings it narrates (a Quốc hội sitting, a working session
// or a press conference told without a lead of the usual shapes, narratedSessions.ts).
import type { Span } from './sentences.js';
import { cutTitle, findMeetingLeads, type MeetingLead } from './meetingLeads.js';
import { findReportedSessions } from './reportedSessions.js';
import { findNarratedSessions } from './narratedSessions.js';
import { tidyLeadTitle } from './leadTitleWording.js';
import { fold } from './text.js';

/** `folded`: `fold(text)` when the caller has it already. */
export function findNationalLeads(text: string, spans: Span[], folded?: string): MeetingLead[] {
  const f = folded ?? fold(text);
  const leads = findMeetingLeads(text, spans, f);
  // A dated session beats leads read without a day (those are the usual reader's last resorts),
  // and dated ones the report tells after it: its first dated sentence is its lead, and a sitting
  // it goes on to recall ("Chiều 19/6, … Quốc hội đã bấm nút thông qua Luật X. … ngày 29/5,
  // Quốc hội đã thảo luận …") is background.
  const firstDated = leads.find((l) => l.date !== null);
  const sessions = findReportedSessions(text, spans, f).filter((s) => !firstDated || s.sentence.start < firstDated.sentence.start);
  const found = sessions.length > 0 ? sessions : leads.length > 0 ? leads : findNarratedSessions(text, spans, f);
  return found.map((l) => tidyLeadTitle(text, f, l, cutTitle));
}
