// What the extractor reads out of one article. Two shapes:
// - `Extraction`: the pure core's full result, every fact with its evidence
//   (character offsets into the cleaned text and the sentence), which the graph
//   rows are built from;
// - `ContractDocument`: the JSON that `kg extract --json` prints, exactly the
//   format of shared/contracts/extraction.md (no evidence, no internal fields).

/** Where a fact was read: offsets into `Extraction.text` and the sentence around it. */
export interface Evidence {
  start: number;
  end: number;
  sentence: string;
}

export type ParticipantRole = 'chair' | 'directed' | 'attended' | 'concluded' | 'spoke';
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['chair', 'directed', 'attended', 'concluded', 'spoke'];

export type PeriodPart = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'M9' | 'Y';

export interface Period {
  year: number | null;
  part: PeriodPart | null;
}

export interface ExtractedParticipant {
  name: string;
  role: ParticipantRole;
  evidence: Evidence;
}

export interface ExtractedCitation {
  /** Directive key (`CT-5-TW`), one of `Extraction.directives[].key`. */
  key: string;
  evidence: Evidence;
}

export interface ExtractedMeeting {
  title: string;
  /** ISO date, year inferred from the article when the day line omits it; null when unknown. */
  date: string | null;
  period: Period | null;
  /** Names as in `Extraction.organizations[].name`. */
  organizers: string[];
  place: string | null;
  participants: ExtractedParticipant[];
  citations: ExtractedCitation[];
  evidence: Evidence;
}

export interface ExtractedPosition {
  /** The title as the contract writes it, organization included: "Trưởng ban Tuyên giáo Tỉnh ủy". */
  text: string;
  /** The office alone: "Trưởng ban". */
  title: string;
  /** The body the office belongs to, as in `Extraction.organizations[].name`, or null. */
  organization: string | null;
  evidence: Evidence;
}

export interface ExtractedPerson {
  name: string;
  positions: ExtractedPosition[];
  evidence: Evidence;
}

export interface ExtractedOrganization {
  /** As written, level word kept, proper place name moved to `place`: "Ban Tuyên giáo Huyện ủy". */
  name: string;
  place: string | null;
  /** National bodies (Bộ Chính trị, Chính phủ, …) are one node in the whole graph; local ones are scoped by place or article. */
  scope: 'national' | 'local';
  evidence: Evidence;
}

export interface ExtractedImplements {
  /** Key of the directive that is carried out. */
  key: string;
  evidence: Evidence;
}

export interface ExtractedDirective {
  key: string;
  kind: string;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  issuedOn: string | null;
  subject: string | null;
  /**
   * What tells this directive apart from the same key of another year or term:
   * the year for State documents and dated Party documents ("2016"), the term
   * for named resolutions ("XII"); null when neither the text nor the catalog says.
   */
  era: string | null;
  implements: ExtractedImplements[];
  evidence: Evidence;
}

export interface Extraction {
  source: string;
  /** The cleaned text (NFC, page furniture out) that every `Evidence` points into. */
  text: string;
  title: string | null;
  publishedOn: string | null;
  authors: string[];
  meetings: ExtractedMeeting[];
  people: ExtractedPerson[];
  organizations: ExtractedOrganization[];
  directives: ExtractedDirective[];
}

// ---- the printed contract (shared/contracts/extraction.md) ----

export interface ContractDocument {
  source: string;
  title: string | null;
  publishedOn: string | null;
  authors: string[];
  meetings: Array<{
    title: string;
    date: string | null;
    period: Period | null;
    organizers: string[];
    place: string | null;
    participants: Array<{ name: string; role: ParticipantRole }>;
    cites: string[];
  }>;
  people: Array<{ name: string; positions: string[] }>;
  organizations: Array<{ name: string; place: string | null }>;
  directives: Array<{
    key: string;
    kind: string;
    number: string | null;
    symbol: string | null;
    issuer: string | null;
    issuedOn: string | null;
    subject: string | null;
  }>;
}
