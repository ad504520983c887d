// One article in, every fact with its evidence out (pure). Cleaning first, so every offset
// points into `Extraction.text`; then headline, date line and by-line; then the meeting the
// lead reports, the people and bodies named, and the directives cited (extracted elsewhere).
import type { Evidence, ExtractedMeeting, ExtractedOrganization, Extraction } from '../core/extraction.js';
import { cleanText } from './clean/cleanText.js';
import { findTitle } from './article/title.js';
import { findPublishedOn } from './article/publishedOn.js';
import { findByline } from './article/authors.js';
import { sentenceSpans, sentenceAt, type Span } from './article/sentences.js';
import type { MeetingLead } from './article/meetingLeads.js';
import { findNationalLeads } from './article/nationalLeads.js';
import { inferYear, iso, mostMentionedYear } from './article/meetingDate.js';
import { findMonthlyPeriod, findPeriod } from './article/period.js';
import { isCapitalized, key } from './article/text.js';
import { foldBefore, makeDoc, type Doc } from './article/doc.js';
import { findMentions, type Mention } from './article/people.js';
import { buildParticipants, buildPeople } from './article/assemblePeople.js';
import { assignRoles } from './article/roles.js';
import {
  findLocalities,
  isOfficeActing,
  parseOrgName,
  resolveOrganizations,
  scanOrganizations,
  titleBeforeIssuer,
  type FoundOrg,
} from './article/organizations.js';
import { extractDirectives } from './article/directivesPort.js';
import { meetingPlace } from './article/meetingPlace.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const MONTH_OF_YEAR = /(?<![\p{L}])tháng\s+(\d{1,2})\s*[/\-.]\s*((?:19|20)\d{2})(?!\d)/u;
const CONGRESS_TERM = /^đại hội(?![\p{L}]).*?nhiệm kỳ\s*((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}/u;

/** How far after a meeting's lead sentence its reviewed period is looked for (characters). */
const PERIOD_WINDOW = 1500;
const NO_PERIOD_KINDS =
  /^(?:kỳ họp|phiên|cuộc họp|buổi họp|họp báo|cuộc họp báo|buổi làm việc|cuộc làm việc|buổi tiếp xúc|tiếp xúc|hội thảo|tọa đàm|buổi tọa đàm|diễn đàn|đại hội)(?![\p{L}])/u;

/**
 * Cleaned text longer than this is not one news report (those run to a few
 * thousand words); refusing it bounds the time one hostile input can take.
 */
export const MAX_ARTICLE_CHARS = 100_000;

/** An input that cleans to something too long to be one article. */
export class ArticleTooLong extends Error {
  constructor(readonly length: number) {
    super(`article text too long: ${length} characters after cleaning (an article is at most ${MAX_ARTICLE_CHARS})`);
    this.name = 'ArticleTooLong';
  }
}

/** Evidence for `s` in `text` split into `spans` (bound once per article: tsx names every closure made, at a cost). */
function evidenceIn(text: string, spans: Span[], s: Span): Evidence {
  return { start: s.start, end: s.end, sentence: sentenceAt(text, spans, s.start) };
}

export function extractArticle(source: string, raw: string): Extraction {
  const text = cleanText(raw);
  if (text.length > MAX_ARTICLE_CHARS) throw new ArticleTooLong(text.length);
  const spans = sentenceSpans(text);
  const ev = evidenceIn.bind(null, text, spans);
  const doc = makeDoc(text);

  const title = findTitle(text);
  const published = findPublishedOn(text);
  const publishedOn = published?.date ?? null;
  const byline = findByline(text);
  // Content stops before the by-line: its names and affiliations are not facts of the report.
  const contentEnd = byline?.start ?? text.length;
  const content = spans.filter((s) => s.end <= contentEnd);

  // People first: a lead counts only where it names a body or an official (a meeting is a
  // gathering of Party, State or mass-organisation bodies, not a match's press conference).
  const mentions = findMentions(doc, 0, contentEnd);
  // The content's fold is the document's, cut before the by-line (folded once for every reader).
  const contentFold = foldBefore(doc, contentEnd);
  // Bodies of an unmasked span, kept for the article: the organizer spans that tell an official lead are scanned again for its organizers.
  const plainScans = new Map<string, FoundOrg[]>();
  const leads = findNationalLeads(text.slice(0, contentEnd), content, contentFold).filter((l) => isOfficialLead(doc, l, mentions, plainScans));
  const first = leads[0];
  const meetingYear = first?.date ? inferYear(first.date, publishedOn, text.slice(first.sentence.start, first.sentence.end), text, first.title) : null;
  const articleYear = publishedOn ? Number(publishedOn.slice(0, 4)) : (meetingYear ?? mostMentionedYear(text));
  const { directives, citations } = extractDirectives(text.slice(0, contentEnd), { articleYear, fold: contentFold });

  // People and the bodies in their positions.
  const roleHits = assignRoles(doc, mentions, content);

  // Bodies: organizers, positions, mentions elsewhere, issuers of cited directives.
  // A person as the subject ("Thủ tướng Nguyễn Xuân Phúc chủ trì Hội nghị …") names no organizer body.
  const organizerOrgs = leads.map((l) => [
    ...(personLeads(l, mentions) ? [] : plainScan(doc, plainScans, l.organizer.start, l.organizer.end)),
    // A team's working session: the team and its host hold it.
    ...(l.team ? scanOrganizations(doc, l.titleSpan.start, l.titleSpan.end, mentions) : []),
  ]);
  const positionOrgs: FoundOrg[] = mentions.flatMap((m) =>
    m.positions.flatMap((p) => [p.org, p.parent].flatMap((o) => (o ? [{ ...o, evStart: o.start, evEnd: o.end }] : []))),
  );
  // A body inside a named resolution's name ("Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành
  // Trung ương Đảng khóa XIII") is part of a title, not a body acting in the report.
  const named = new Set(directives.filter((d) => d.number === null).map((d) => d.key));
  const titleSpans = [...citations, ...directives].filter((c) => named.has(c.key)).map((c) => titleBeforeIssuer(doc, c.evidence));
  const free = scanOrganizations(doc, 0, contentEnd, [...mentions, ...titleSpans], true).filter((o) => !isOfficeActing(doc, o));
  const issuers: FoundOrg[] = directives.flatMap((d) => {
    const o = d.issuer ? parseOrgName(d.issuer) : null;
    return o ? [{ ...o, start: d.evidence.start, end: d.evidence.end, evStart: d.evidence.start, evEnd: d.evidence.end }] : [];
  });
  const found = [...organizerOrgs.flat(), ...positionOrgs, ...free, ...issuers];
  const homeLevel = organizerOrgs[0]?.[0]?.level ?? null;
  const homePlace = organizerOrgs[0]?.[0]?.place ?? null;
  const { orgs, rename } = resolveOrganizations(found, homeLevel, findLocalities(doc, found), homePlace, organizerOrgs[0]);
  const organizations: ExtractedOrganization[] = orgs.map((o) => ({
    name: o.name,
    place: o.place,
    scope: o.national ? 'national' : 'local',
    evidence: ev({ start: o.evStart, end: o.evEnd }),
  }));

  const orgNames = new Set(orgs.map((o) => o.name));
  const people = buildPeople(mentions, rename, ev, orgNames);
  const participants = buildParticipants(roleHits, people, rename, ev);

  const meetings: ExtractedMeeting[] = leads.map((l, i) => {
    const sentence = text.slice(l.sentence.start, l.sentence.end);
    const year = l.date
      ? (monthlyTitleYear(l.title, l.date) ?? congressYear(l.title, l.date) ?? inferYear(l.date, publishedOn, sentence, text, l.title))
      : null;
    const fallbackYear = year ?? articleYear;
    // The body names the reviewed period near the lead; a bounded window keeps many leads in a long input linear.
    const periodWindow = text.slice(l.sentence.end, Math.min(contentEnd, l.sentence.end + PERIOD_WINDOW));
    // A sitting, a working session, a press conference or a seminar reviews no period: period
    // words in its body tell what was reported.
    const reviews = !NO_PERIOD_KINDS.test(key(l.title));
    const period =
      findMonthlyPeriod(l.title, fallbackYear) ?? findPeriod(l.title, fallbackYear) ?? (reviews ? findPeriod(periodWindow, fallbackYear, false) : null);
    const organizers = (organizerOrgs[i] ?? []).map(rename);
    return {
      title: l.title,
      date: l.date && year !== null ? iso(year, l.date) : null,
      period,
      // Only bodies the article's organizations keep (a committee part nothing completes is none).
      organizers: [...new Set(organizers.map((o) => o.name))].filter((n) => orgNames.has(n)),
      place: meetingPlace(doc, l, organizers.find((o) => !o.national)?.place ?? null),
      participants: i === 0 ? participants : [],
      citations: i === 0 ? citations : [],
      evidence: ev(l.sentence),
    };
  });

  return { source, text, title, publishedOn, authors: byline?.authors ?? [], meetings, people, organizations, directives };
}

/**
 * "Phiên họp Chính phủ thường kỳ tháng 5/2017" held on 3/6: a monthly meeting is held in or just
 * after its month, so its name gives the year (the next one when its month is December and it
 * meets in January).
 */
function monthlyTitleYear(title: string, d: { month: number; year: number | null }): number | null {
  if (d.year !== null) return null;
  const m = MONTH_OF_YEAR.exec(key(title));
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return d.month < month ? year + 1 : year;
}

/**
 * "Đại hội Công đoàn lần thứ V, nhiệm kỳ 2017-2022": a congress opens the term it elects for,
 * so one held before October is in the term's first year.
 */
function congressYear(title: string, d: { month: number; year: number | null }): number | null {
  if (d.year !== null) return null;
  const m = CONGRESS_TERM.exec(key(title));
  // Late in a year it may be either (congresses for a term start the autumn before): not guessed.
  return m && d.month < 10 ? Number(m[1]) : null;
}

const inside = (at: number, s: Span): boolean => s.start <= at && at < s.end;

/** The lead's subject is a named person. */
function personLeads(l: MeetingLead, mentions: Mention[]): boolean {
  return mentions.some((m) => m.name && inside(m.nameStart, l.organizer));
}

/**
 * A lead reports a meeting of bodies when its organizer is a body; a dated lead also when its
 * sentence names a body or an official ("Sáng 17/5, Thủ tướng … chủ trì Hội nghị …"). A working
 * session needs a body on the other side too ("làm việc với Ban cán sự đảng …", not "with the
 * players"). Undated and headline leads need the organizer body.
 */
function isOfficialLead(doc: Doc, l: MeetingLead, mentions: Mention[], plainScans: Map<string, FoundOrg[]>): boolean {
  const organizer = l.organizer.end > l.organizer.start && plainScan(doc, plainScans, l.organizer.start, l.organizer.end).length > 0;
  if (l.shape === 'working') {
    const partner =
      plainScan(doc, plainScans, l.titleSpan.start, l.titleSpan.end).length > 0 ||
      PARTNER_LEADERS.test(doc.fold.slice(l.titleSpan.start, l.titleSpan.end)) ||
      localityPartner(doc, l.titleSpan.start);
    if (!partner) return false;
  }
  if (organizer) return true;
  if (l.date === null) return false;
  const official = mentions.some((m) => m.positions.length > 0 && inside(m.start, l.sentence));
  return official || scanOrganizations(doc, l.sentence.start, l.sentence.end, mentions).length > 0;
}

/**
 * `scanOrganizations(doc, from, to, [])`, once per span of an article (the scan reads only the
 * document, whose caches it fills; its callers here read the bodies and change none).
 */
function plainScan(doc: Doc, scans: Map<string, FoundOrg[]>, from: number, to: number): FoundOrg[] {
  const k = `${from}:${to}`;
  let found = scans.get(k);
  if (found === undefined) scans.set(k, (found = scanOrganizations(doc, from, to, [])));
  return found;
}

/** "làm việc với tỉnh Lâm Đồng": a named locality stands for its government (the host body). */
const LOCALITY = /^(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+/u;
function localityPartner(doc: Doc, at: number): boolean {
  const m = LOCALITY.exec(doc.fold.slice(at, at + 20));
  return m !== null && isCapitalized(doc.text.charAt(at + m[0].length));
}

/** "làm việc với lãnh đạo …", "với các bộ, ngành": the partner is the leadership of bodies. */
const PARTNER_LEADERS = /^(?:(?:lãnh đạo|đại diện|thường trực|ban thường vụ)\s|các\s+(?:bộ|sở|ban|ngành|địa phương|cơ quan)(?![\p{L}]))/u;
