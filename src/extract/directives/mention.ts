// One citation occurrence as read from the text, before keys are settled.
import type { WrittenDate } from './dates.js';
import type { KindEntry } from './lexicon.js';

export interface Mention {
  kind: KindEntry;
  /** Start of the kind word (or of the list item for the 2nd+ number of a list). */
  start: number;
  /** End of the number, symbol or name. */
  coreEnd: number;
  /** End of what describes it: date, issuer, term (the subject excluded). */
  headEnd: number;
  /** End of everything read for it, subject included. */
  tailEnd: number;
  subjectQuoted: boolean;
  /** Number as written; null for a named resolution. */
  number: string | null;
  /** Key of a named resolution ("NQ-TW4-XII"), and its term or years. */
  namedKey: string | null;
  namedEra: string | null;
  symbol: string | null;
  symbolClass: string | null;
  symbolYear: string | null;
  symbolParty: boolean;
  issuer: string | null;
  issuerClass: string | null;
  date: WrittenDate | null;
  /** "năm 2016" right after the number. */
  yearOnly: string | null;
  term: string | null;
  subject: string | null;
  /** Mentions read from one "số 18, 19" list share this id. */
  group: number;
}

export function blankMention(kind: KindEntry, start: number, coreEnd: number, group: number): Mention {
  return {
    kind,
    start,
    coreEnd,
    headEnd: coreEnd,
    tailEnd: coreEnd,
    subjectQuoted: false,
    number: null,
    namedKey: null,
    namedEra: null,
    symbol: null,
    symbolClass: null,
    symbolYear: null,
    symbolParty: false,
    issuer: null,
    issuerClass: null,
    date: null,
    yearOnly: null,
    term: null,
    subject: null,
    group,
  };
}
