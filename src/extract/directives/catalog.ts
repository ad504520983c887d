// The catalog of well-known central documents (data/directiveCatalog.json). It completes a
// citation only where the text agrees with an entry: it gives the era (year), and the issuer
// class when the text names no issuer but its date, subject or term picks out one entry.
// Anything the text says that differs from the entry (date, term, subject, which central body,
// a year after the article's) rules the entry out.
import raw from '../data/directiveCatalog.json' with { type: 'json' };
import { fold } from './fold.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const NON_WORD = /[^\p{L}\p{N}]+/u;

export interface CatalogEntry {
  key: string;
  kind: string;
  symbol: string;
  date: string | null;
  year: string;
  term: string | null;
  issuer: string;
  subject: string;
}

export const CATALOG: CatalogEntry[] = raw.entries;

/** What the text says about one directive, for comparison with the catalog. */
export interface CitedFacts {
  abbr: string;
  /** Key number, no leading zeros. */
  number: string;
  issuer: string | null;
  /** Day and month as written, with the year only when written too. */
  date: { day: number; month: number; year: number | null } | null;
  yearOnly: string | null;
  symbolYear: string | null;
  term: string | null;
  subject: string | null;
  articleYear: number | null;
}

interface Verdict {
  entry: CatalogEntry;
  positive: boolean;
}

function judge(e: CatalogEntry, c: CitedFacts): Verdict | null {
  let positive = false;
  if (c.articleYear !== null && Number(e.year) > c.articleYear) return null;
  if (c.symbolYear && c.symbolYear !== e.year) return null;
  if (c.date) {
    if (c.date.year !== null && String(c.date.year) !== e.year) return null;
    if (e.date) {
      const [, m, d] = e.date.split('-').map(Number);
      if (m !== c.date.month || d !== c.date.day) return null;
      positive = true;
    }
  }
  if (c.yearOnly && c.yearOnly === e.year) positive = true;
  if (c.term && e.term) {
    if (c.term !== e.term) return null;
    positive = true;
  }
  const body = centralBody(c.issuer);
  const entryBody = centralBody(e.issuer);
  if (body && entryBody && body !== entryBody) return null;
  // A subject of one or two words ("dân số") says too little either way.
  if (c.subject && words(c.subject).length >= 3) {
    const share = subjectShare(c.subject, e.subject);
    if (share < 0.35) return null;
    if (share >= 0.6) positive = true;
  }
  return { entry: e, positive };
}

function centralBody(issuer: string | null): string | null {
  const f = fold(issuer ?? '');
  if (f.includes('bộ chính trị')) return 'BCT';
  if (f.includes('ban bí thư')) return 'BBT';
  if (f.includes('ban chấp hành trung ương') || f.includes('bch')) return 'BCH';
  return null;
}

const FILLER = new Set(['về', 'việc', 'và', 'của', 'các', 'những', 'số', 'cho', 'với', 'trong']);

function words(s: string): string[] {
  return fold(s)
    .split(NON_WORD)
    .filter((w) => w && !FILLER.has(w));
}

/** Share of the cited subject's words that the catalog title contains. */
export function subjectShare(cited: string, title: string): number {
  const ws = words(cited);
  if (ws.length === 0) return 0;
  const t = new Set(words(title));
  return ws.filter((w) => t.has(w)).length / ws.length;
}

function sameDocument(e: CatalogEntry, c: CitedFacts): boolean {
  return e.key.startsWith(`${c.abbr}-${c.number}-`);
}

/** The class of the only catalog document this issuer-less citation agrees with, or null. */
export function classFromCatalog(c: CitedFacts): string | null {
  const agreeing = CATALOG.filter((e) => sameDocument(e, c))
    .map((e) => judge(e, c))
    .filter((v): v is Verdict => v !== null && v.positive);
  const classes = new Set(agreeing.map((v) => v.entry.key.slice(`${c.abbr}-${c.number}-`.length)));
  return classes.size === 1 ? ([...classes][0] ?? null) : null;
}

/** The year of the only catalog document with this key that the text does not contradict. */
export function eraFromCatalog(key: string, c: CitedFacts): string | null {
  const years = new Set(
    CATALOG.filter((e) => e.key === key)
      .map((e) => judge(e, c))
      .filter((v): v is Verdict => v !== null)
      .map((v) => v.entry.year),
  );
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/**
 * An unquoted subject that runs on past the known title ("về đẩy mạnh … phong cách Hồ Chí Minh
 * các tỉnh khu vực phía Bắc") is cut where the title of a catalog document with this key ends.
 * The words kept are the text's own; the catalog only says where they stop.
 */
export function cutAtKnownTitle(key: string, subject: string): string {
  const f = fold(subject);
  for (const e of CATALOG) {
    if (e.key !== key) continue;
    const title = fold(e.subject).replace(/^về(\s+việc)?\s+/u, '');
    if (f.length > title.length && f.startsWith(title) && /^[\s,;.]/u.test(f.slice(title.length))) return subject.slice(0, title.length);
  }
  return subject;
}
