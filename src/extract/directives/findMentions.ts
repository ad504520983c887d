// Finds every citation in the text: a kind word followed by a number or symbol ("Chỉ thị số
// 05-CT/TW", "Nghị quyết 42/NQ-CP", "Nghị quyết số 18, 19"), or by a resolution's proper name
// ("Nghị quyết Đại hội XIII"). A kind word with neither ("các chỉ thị, nghị quyết", "Đề án thu
// gom rác") is a generic mention and yields nothing. Tails and subjects are read after all
// cores are known, so a subject can stop at the next citation.
import { fold, phrasePattern, WORD_END } from './fold.js';
import { isLetterOrDigitUnit } from '../../text/index.js';
import { LEXICON, type KindEntry } from './lexicon.js';
import { blankMention, type Mention } from './mention.js';
import { readDate } from './dates.js';
import { issuerBefore, issuerClosing, matchIssuerAt } from './issuers.js';
import { readNamedResolution } from './namedResolutions.js';
import { readTail } from './readTail.js';
import { readNumber, type NumberMatch } from './symbols.js';
import { sentenceSpanAt } from './sentences.js';
import { readSubject } from './subjects.js';

const KIND_WORDS = LEXICON.kinds
  .flatMap((k) => [...k.words.map((w) => ({ w: fold(w), k, short: false })), ...k.shortWords.map((w) => ({ w: fold(w), k, short: true }))])
  .sort((a, b) => b.w.length - a.w.length);
// Without the look-behind of WORD_START, which the engine would test at every offset before
// the words: a match with a letter or digit before it is skipped by hand (nextKind).
const KIND_RE = new RegExp(`(${KIND_WORDS.map(({ w }) => phrasePattern(w)).join('|')})${WORD_END}`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The next kind word from KIND_RE.lastIndex that starts a word: what WORD_START + KIND_RE would find. */
function nextKind(f: string): RegExpExecArray | null {
  for (let k = KIND_RE.exec(f); k; k = KIND_RE.exec(f)) {
    if (!letterOrDigitBefore(f, k.index)) return k;
    KIND_RE.lastIndex = k.index + 1;
  }
  return null;
}

/** Whether the code point before offset `i` is a letter or digit (the look-behind of WORD_START). */
function letterOrDigitBefore(f: string, i: number): boolean {
  if (i <= 0) return false;
  const c = f.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = f.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER_OR_DIGIT.test(f.slice(i - 2, i));
  }
  return isLetterOrDigitUnit(c);
}
const QUALIFIER = new RegExp(`^\\s+(?:${LEXICON.kindQualifiers.map((p) => phrasePattern(p)).join('|')})${WORD_END}`, 'u');
const SO = /^\s*số\s*:?\s*/u;
const SPACE = /^\s+/u;
const LIST_SEP = /^\s*(?:,\s*và|,|và)\s*(?:số\s*)?/u;
const LIST_ITEM_END = /^(?:\s*(?:[,;.:)”"“…]|và|của|ngày|về|khóa|năm|do|cùng)(?![\p{L}\p{N}]{2})|\s*$)/u;
const CAPITAL = /\p{Lu}/u;
const NAMED_KINDS = new Set(['NQ']);
const DATED_AFTER = /^\s*,?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/u;
/** Words that introduce a document by reference: "theo", "trong", "tại", "thực hiện", "căn cứ". */
const REFERENCE_BEFORE = /(?:^|[\s(])(?:theo|trong|tại|thực\s+hiện|căn\s+cứ|quán\s+triệt)\s+$/u;
/** After the number: a punctuation mark, or a verb or link word going on with the clause (not a counted noun). */
const CLAUSE_GOES_ON = /^(?:\s*[,.;:)”"…]|\s*$|\s+(?:đã|đang|sẽ|được|đề\s+ra|về|và|thì|là|nêu|yêu\s+cầu|quy\s+định)(?![\p{L}\p{N}]))/u;
/** A sentence that opens with the date, then the body that enacts: "Ngày 6/8, Tỉnh ủy ban hành …". */
const OPENING_DATE = /^\s*(?:(?:sáng|chiều|tối)\s+)?(?=ngày\s)[^,]{0,30},\s*$/u;

function kindOf(word: string): { k: KindEntry; short: boolean } | null {
  const w = word.replace(/\s+/g, ' ');
  return KIND_WORDS.find((x) => x.w === w) ?? null;
}

export function findMentions(text: string, f: string): Mention[] {
  const out: Mention[] = [];
  let group = 0;
  KIND_RE.lastIndex = 0;
  for (let k = nextKind(f); k; k = nextKind(f)) {
    const found = kindOf(k[1] ?? '');
    if (!found) continue;
    const kind = found.k;
    const start = k.index;
    const core = numberAfterKind(text, f, start, start + k[0].length, found.short);
    const num = core?.num ?? null;
    const numStart = core?.numStart ?? 0;
    if (num) {
      group++;
      out.push(numbered(kind, start, numStart + num.length, num, group));
      // "Nghị quyết số 18, 19 của …": further numbers of the same kind.
      let q = numStart + num.length;
      for (;;) {
        const sep = LIST_SEP.exec(f.slice(q));
        if (!sep) break;
        const itemStart = q + sep[0].length;
        const item = readNumber(text, f, itemStart, false);
        if (!item || !LIST_ITEM_END.test(f.slice(itemStart + item.length))) break;
        out.push(numbered(kind, itemStart, itemStart + item.length, item, group));
        q = itemStart + item.length;
      }
      KIND_RE.lastIndex = q;
      continue;
    }
    if (!NAMED_KINDS.has(kind.abbr) || found.short) continue;
    const named = readNamedResolution(text, f, start + k[0].length) ?? adoptedByPlenum(text, f, start, start + k[0].length);
    if (!named) continue;
    const m = blankMention(kind, start, named.end, ++group);
    m.namedKey = named.key;
    m.namedEra = named.era;
    out.push(m);
    KIND_RE.lastIndex = named.end;
  }
  readTails(text, f, out);
  return out;
}

/**
 * A resolution named by the plenum that adopted it: "các Nghị quyết quan trọng vừa được Hội
 * nghị lần thứ 5, Ban Chấp hành Trung ương Đảng, khóa XII thông qua", "Hội nghị Trung ương 5
 * khóa XII đã ban hành Nghị quyết về …". The key is the plenum's (NQ-TW5-XII); the mention
 * covers the kind word only.
 */
const ADOPTED_AFTER = /^[^.;:]{0,40}?\s(?:vừa\s+|đã\s+)?được(?=\s+hội\s+nghị\s)/u;
const ADOPTS = /^\s+(?:đã\s+|vừa\s+)?(?:thông\s+qua|ban\s+hành)(?![\p{L}])/u;
const ADOPTED_BEFORE = /(?:^|[\s,;(])(hội\s+nghị\s[^.;:]{3,90}?)\s+(?:đã\s+|vừa\s+)?(?:thông\s+qua|ban\s+hành)\s+(?:các\s+|những\s+|\d+\s+)?$/u;

function adoptedByPlenum(text: string, f: string, kindStart: number, kindEnd: number): { end: number; key: string; era: string | null } | null {
  const after = ADOPTED_AFTER.exec(f.slice(kindEnd, kindEnd + 60));
  if (after) {
    const p = plenumKey(text, f, kindEnd + after[0].length + 1);
    if (p && ADOPTS.test(f.slice(p.end, p.end + 20))) return { end: kindEnd, key: p.key, era: p.era };
  }
  const lineStart = Math.max(0, kindStart - 120);
  const before = ADOPTED_BEFORE.exec(f.slice(lineStart, kindStart));
  if (before?.[1]) {
    const p = plenumKey(text, f, lineStart + before.index + before[0].indexOf(before[1]));
    if (p && p.end <= kindStart) return { end: kindEnd, key: p.key, era: p.era };
  }
  return null;
}

// Module functions, not closures made per mention: tsx (esbuild keepNames) names every closure it makes, at a few µs each.

/** The plenum read as if it followed a kind word: from `at`, where "hội nghị" starts. */
function plenumKey(text: string, f: string, at: number): { key: string; era: string | null; end: number } | null {
  const p = readNamedResolution(` ${text.slice(at, at + 200)}`, ` ${f.slice(at, at + 200)}`, 0);
  return p && NQ_TW.test(p.key) ? { ...p, end: at + p.end - 1 } : null;
}
const NQ_TW = /^NQ-TW\d/u;

/**
 * The number or symbol after a kind word ending at `p`: "số" optional, a qualifier ("Chương
 * trình hành động số …") allowed. Without "số" a bare number must follow a capitalised kind
 * ("Chỉ thị 05"; "hướng dẫn 200 hộ" is prose), and an abbreviated kind ("QĐ số 12", "NQ
 * 42/NQ-CP") needs "số" or a symbol.
 */
function numberAfterKind(text: string, f: string, start: number, p0: number, short: boolean): { num: NumberMatch; numStart: number } | null {
  let p = p0;
  const qual = QUALIFIER.exec(f.slice(p));
  if (qual) p += qual[0].length;
  const so = SO.exec(f.slice(p));
  const lead = so ?? SPACE.exec(f.slice(p));
  if (!lead) return null;
  const numStart = p + lead[0].length;
  const num = readNumber(text, f, numStart, so !== null);
  if (!num) return null;
  // A lower-case kind with a bare number is a citation when its issuer or issue date follows
  // ("chỉ thị 05 của Bộ Chính trị", "nghị định 35 của Chính phủ"), or when a word of reference
  // introduces it and the clause goes on after the number ("như trong chỉ thị 42 đã đề ra",
  // "theo nghị định 67, …"); else it is prose ("hướng dẫn 200 hộ").
  if (!so && !num.symbol && (short || (!CAPITAL.test(text[start] ?? '') && !cited(text, f, start, numStart + num.length)))) return null;
  return { num, numStart };
}

/** Whether a lower-case kind at `start` whose bare number ends at `after` is cited (numberAfterKind). */
function cited(text: string, f: string, start: number, after: number): boolean {
  const of = OF.exec(f.slice(after, after + 8));
  if (of !== null) return matchIssuerAt(text, f, after + of[0].length) !== null;
  if (DATED_AFTER.test(f.slice(after, after + 24))) return true;
  return REFERENCE_BEFORE.test(f.slice(Math.max(0, start - 24), start)) && CLAUSE_GOES_ON.test(f.slice(after, after + 12));
}
const OF = /^\s*của\s+/u;

/**
 * A written symbol names its kind (Hướng dẫn 36-HD/VPTW, Nghị định 30/2020/NĐ-CP): when the
 * word before it is of a kind that never carries that code ("Thông báo kết luật số
 * 19-TB/TW", whose "luật" is no Luật), the symbol's kind is the document's.
 */
function kindOfSymbol(kind: KindEntry, code: string | null): KindEntry {
  if (!code || kind.symbol.includes(code)) return kind;
  return LEXICON.kinds.find((k) => k.symbol.includes(code)) ?? kind;
}

function numbered(kind: KindEntry, start: number, end: number, n: NumberMatch, group: number): Mention {
  const m = blankMention(kindOfSymbol(kind, n.kindCode), start, end, group);
  m.number = n.number;
  m.symbol = n.symbol;
  m.symbolClass = n.cls;
  m.symbolYear = n.year;
  m.symbolParty = n.party;
  return m;
}

/** Tails for numbered citations (the last of a list reads it; the list shares it), then subjects. */
function readTails(text: string, f: string, ms: Mention[]): void {
  const cores: Array<[number, number]> = ms.map((m) => [m.start, m.coreEnd]);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    if (!m || m.namedKey) continue;
    const next = ms[i + 1];
    if (next && next.group === m.group) continue;
    m.headEnd = readTail(text, f, m.coreEnd, m);
    m.tailEnd = m.headEnd;
    const listHead = ms.find((x) => x.group === m.group) ?? m;
    const before = m.issuer ? null : issuerBefore(text, f, sentenceSpanAt(text, listHead.start).start, listHead.start);
    if (before) {
      m.issuer = before.name;
      m.issuerClass = before.cls;
      // "Ngày 15/5/2016, Bộ Chính trị ban hành Chỉ thị số 05": the opening date is its issue date.
      const sentenceStart = sentenceSpanAt(text, listHead.start).start;
      const opening = OPENING_DATE.exec(f.slice(sentenceStart, before.start));
      const date = opening && !m.date ? readDate(f.slice(sentenceStart + opening[0].indexOf('ngày'))) : null;
      if (date) m.date = date.date;
    }
    const inList = i > 0 && ms[i - 1]?.group === m.group;
    const subj = inList
      ? null
      : readSubject(
          text,
          f,
          m.headEnd,
          cores.filter(([s]) => s > m.headEnd),
        );
    const closing = subj && !subj.quoted && !m.issuer ? issuerClosing(text, f, subj.end - subj.subject.length, subj.end) : null;
    if (subj && closing) {
      subj.subject = text.slice(subj.end - subj.subject.length, closing.subjectEnd).trim();
      m.issuer = closing.issuer.name;
      m.issuerClass = closing.issuer.cls;
    }
    if (subj) {
      m.subject = subj.subject;
      m.subjectQuoted = subj.quoted;
      m.tailEnd = subj.end;
      // "Chỉ thị 05-CT/TW “…” của Bộ Chính trị": the issuer may follow a quoted title.
      if (subj.quoted) m.tailEnd = readTail(text, f, m.tailEnd, m);
    }
    for (let j = i - 1; j >= 0 && ms[j]?.group === m.group; j--) {
      const prev = ms[j];
      if (!prev) break;
      Object.assign(prev, {
        issuer: m.issuer,
        issuerClass: m.issuerClass,
        date: m.date,
        yearOnly: m.yearOnly,
        term: m.term,
        headEnd: prev.coreEnd,
        tailEnd: prev.coreEnd,
      });
    }
  }
}
