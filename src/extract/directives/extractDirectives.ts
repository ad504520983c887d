// Directive citations of one article: every occurrence in text order, and one directive per
// key with the facts of all its mentions merged, the documents it carries out and its era.
import type { ExtractedCitation, ExtractedDirective, ExtractedImplements } from '../../core/extraction.js';
import { classFromCatalog, cutAtKnownTitle, eraFromCatalog, type CitedFacts } from './catalog.js';
import { isoDate } from './dates.js';
import { findMentions } from './findMentions.js';
import { fold } from './fold.js';
import { implementsPairs, shareIssuers } from './links.js';
import { shareListClass } from './listClass.js';
import type { Mention } from './mention.js';
import { evidenceFor, sentenceSpanAt } from './sentences.js';
import { conventionalSymbol, isPartyClass, keyNumber } from './symbols.js';

export interface DirectiveContext {
  articleYear: number | null;
  /** `fold(text)` when the caller has it already (the article's fold): saves folding the text again. */
  fold?: string;
}
export interface DirectiveExtraction {
  directives: ExtractedDirective[];
  citations: ExtractedCitation[];
}

export function extractDirectives(text: string, ctx: DirectiveContext): DirectiveExtraction {
  const f = ctx.fold ?? fold(text);
  const ms = findMentions(text, f);
  shareIssuers(f, ms);
  let keys = settleKeys(ms, ctx);
  // A member's class shared along its list may name a later bare mention too: settle again.
  if (shareListClass(f, ms, keys)) keys = settleKeys(ms, ctx);
  const citations = ms.flatMap((m, i) => (inBackground(text, f, m.start) ? [] : [{ key: keys[i] ?? '', evidence: evidenceFor(text, m.start, m.headEnd) }]));

  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => byKey.set(k, [...(byKey.get(k) ?? []), i]));
  const links = implementsPairs(text, f, ms, keys);
  const directives = [...byKey.entries()].map(([key, idx]) => {
    const group = idx.map((i) => ms[i]).filter((m): m is Mention => m !== undefined);
    const impl: ExtractedImplements[] = [];
    for (const [a, b] of links) {
      const target = keys[b];
      const carrier = ms[a];
      const carried = ms[b];
      if (!idx.includes(a) || !target || !carrier || !carried || target === key || impl.some((x) => x.key === target)) continue;
      // The span runs from the carrier to the carried citation: "Kế hoạch số … thực hiện Chỉ thị số …".
      impl.push({ key: target, evidence: evidenceFor(text, carrier.start, carried.headEnd) });
    }
    return merge(text, key, group, impl, ctx);
  });
  return { directives, citations };
}

/**
 * A sentence that steps out of the event reported to tell of another, earlier or beside it:
 * "Trước đó, …", "Trước đây …", "Được biết, …", "Liên quan đến …, mới đây Bộ … đã trình …". A
 * document it names is part of that other story, not cited by the report (still a directive of
 * the article). "Mới đây" alone opens many leads of the report itself, so it counts only after
 * a "liên quan đến" clause.
 */
const BACKGROUND_OPENING =
  /^\s*(?:(?:trước\s+đó|trước\s+đây|được\s+biết)(?![\p{L}\p{N}])|liên\s+quan\s+(?:đến|tới)\s[^,.;:]{1,120},\s*(?:thì\s+)?(?:trước\s+đó|trước\s+đây|mới\s+đây|vừa\s+qua)(?![\p{L}\p{N}]))/u;

function inBackground(text: string, f: string, offset: number): boolean {
  const start = sentenceSpanAt(text, offset).start;
  return BACKGROUND_OPENING.test(f.slice(start, offset));
}

/**
 * Kinds that one body alone may issue (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4:
 * Luật of Quốc hội, Nghị định of Chính phủ): their class needs no written issuer.
 */
const ISSUED_ONLY_BY: Readonly<Record<string, string>> = { L: 'QH', NĐ: 'CP' };

/** Key per mention: class from the symbol, the issuer, the catalog, the kind, or another mention of it. */
function settleKeys(ms: Mention[], ctx: DirectiveContext): string[] {
  const cls = ms.map((m) => (m.namedKey ? null : (m.symbolClass ?? m.issuerClass ?? classFromCatalog(facts(m, ctx)) ?? ISSUED_ONLY_BY[m.kind.abbr] ?? null)));
  const keys = ms.map((m, i) => m.namedKey ?? `${m.kind.abbr}-${keyNumber(m.number ?? '')}-${cls[i] ?? '?'}`);
  // A later "Chỉ thị 05" of an article that cited "Chỉ thị số 05 của Bộ Chính trị" is that one;
  // with two such documents it cannot be told apart and stays "?".
  // A different written date means another document, whatever the number.
  return keys.map((k, i) => {
    if (!k.endsWith('-?')) return k;
    const stem = k.slice(0, -1);
    const known = new Set(keys.filter((o, j) => o.startsWith(stem) && !o.endsWith('-?') && !datesDiffer(ms[i], ms[j])));
    if (known.size === 1) return [...known][0] ?? k;
    // "Nghị quyết TƯ 5" whose term the article never gives: the plenum alone (contract, R1: NQ-TW5).
    return ms[i]?.namedKey && /^NQ-TW\d+-\?$/u.test(k) ? k.slice(0, -2) : k;
  });
}

function datesDiffer(a: Mention | undefined, b: Mention | undefined): boolean {
  const x = a?.date;
  const y = b?.date;
  if (!x || !y) return false;
  return x.day !== y.day || x.month !== y.month || (x.year !== null && y.year !== null && x.year !== y.year);
}

function facts(m: Mention, ctx: DirectiveContext): CitedFacts {
  return {
    abbr: m.kind.abbr,
    number: keyNumber(m.number ?? ''),
    issuer: m.issuer,
    date: m.date,
    yearOnly: m.yearOnly,
    symbolYear: m.symbolYear,
    term: m.term,
    subject: m.subject,
    articleYear: ctx.articleYear,
  };
}

function merge(text: string, key: string, group: Mention[], impl: ExtractedImplements[], ctx: DirectiveContext): ExtractedDirective {
  const first = group[0];
  if (!first) throw new Error(`no mention for ${key}`);
  const cls = key.slice(key.lastIndexOf('-') + 1);
  const dated = group.find((m) => m.date);
  const issuedOn = dated?.date ? isoDate(dated.date, dated.date.year ?? yearOf(dated.symbolYear) ?? ctx.articleYear) : null;
  const number = first.namedKey ? null : firstOf(group, (m) => m.number);
  const written = firstOf(group, (m) => m.symbol);
  const derived = group.find((m) => m.number && m.issuerClass && !m.namedKey);
  const symbol = written ?? (derived?.number && derived.issuerClass ? conventionalSymbol(first.kind.abbr, derived.number, derived.issuerClass) : null);
  const merged: ExtractedDirective = {
    key,
    kind: first.kind.kind,
    number,
    symbol,
    issuer: first.namedKey ? null : firstOf(group, (m) => m.issuer),
    issuedOn,
    subject: first.namedKey ? null : subjectOf(key, group),
    era: null,
    implements: impl,
    evidence: evidenceFor(text, first.start, first.headEnd),
  };
  merged.era = eraOf(key, cls, group, issuedOn, ctx);
  return merged;
}

/**
 * State documents: the year of the symbol or the issue date. Party documents: the written issue
 * year, else the catalog's, else the inferred issue year, else a year or term written next to
 * it. Named resolutions: their term.
 */
function eraOf(key: string, cls: string, group: Mention[], issuedOn: string | null, ctx: DirectiveContext): string | null {
  const first = group[0];
  if (!first) return null;
  if (first.namedKey) return first.namedEra;
  if (cls === '?') return null;
  const symbolYear = group.map((m) => m.symbolYear).find((y) => y) ?? null;
  const writtenYear = group.map((m) => m.date?.year).find((y) => y) ?? null;
  const yearOnly = group.map((m) => m.yearOnly).find((y) => y) ?? null;
  const term = group.map((m) => m.term).find((t) => t) ?? null;
  if (!isPartyClass(cls)) return symbolYear ?? (issuedOn ? issuedOn.slice(0, 4) : null) ?? yearOnly ?? catalogEra(key, group, ctx);
  // A year inferred from the article comes after the catalog: Party documents are often cited
  // years after issue ("Chỉ thị 05-CT/TW ngày 15/5" in a 2020 report is the 2016 one).
  return (writtenYear ? String(writtenYear) : null) ?? catalogEra(key, group, ctx) ?? (issuedOn ? issuedOn.slice(0, 4) : null) ?? yearOnly ?? term;
}

/** One mention carrying the first of each fact across the group, for catalog comparison. */
function mergedView(group: Mention[]): Mention {
  const first = group[0] as Mention;
  return {
    ...first,
    issuer: firstField(group, 'issuer'),
    date: firstField(group, 'date'),
    yearOnly: firstField(group, 'yearOnly'),
    symbolYear: firstField(group, 'symbolYear'),
    term: firstField(group, 'term'),
    subject: firstField(group, 'subject'),
  };
}

// Module functions, not closures made per directive: tsx (esbuild keepNames) names every closure it makes, at a few µs each.

/** The first value `get` gives of the group that is neither null nor undefined. */
function firstOf<T>(group: Mention[], get: (m: Mention) => T | null): T | null {
  return group.map(get).find((v) => v !== null && v !== undefined) ?? null;
}

/** The first non-null `k` of the group, else the first mention's. */
function firstField<K extends keyof Mention>(group: Mention[], k: K): Mention[K] {
  return group.map((m) => m[k]).find((v) => v !== null) ?? (group[0] as Mention)[k];
}

/** The era the catalog gives the group's document. */
function catalogEra(key: string, group: Mention[], ctx: DirectiveContext): string | null {
  return eraFromCatalog(key, facts(mergedView(group), ctx));
}

function subjectOf(key: string, group: Mention[]): string | null {
  const m = group.find((x) => x.subject);
  if (!m?.subject) return null;
  return m.subjectQuoted ? m.subject : cutAtKnownTitle(key, m.subject);
}

function yearOf(y: string | null): number | null {
  return y ? Number(y) : null;
}
