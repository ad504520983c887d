// People named in the report, each mention with its positions, in the genre's shapes:
//   "đồng chí Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy"
//   "đồng chí: Lê Văn An – Phó Bí thư Huyện ủy; đồng chí Mai Thị Bình – …"
//   "đồng chí Phó Chủ tịch UBND huyện Lê Văn An"   (office first)
//   "Chủ tịch UBND tỉnh Lê Văn An", "Lê Văn An, Giám đốc Sở Y tế"   (no "đồng chí": a family name is required)
import { cap, firstWordFrom, following, isAcronym, nextWord, wordRuns, type Doc, type Word } from './doc.js';
import { COMMITTEE_PART_NAMES, COMMITTEES, HEADS, LEVEL_HEADS, LEVELS, NATIONAL, TITLES, isSurname } from './lexicon.js';
import people from '../data/article/people.json' with { type: 'json' };
import { key, phrasePattern } from './text.js';
import { matchesAfterBoundary, PhraseSet } from '../../text/index.js';
import { parsePositionAt, parsePositionsAfter, parsePositionsFrom, type PositionMatch } from './positionParser.js';
import { parseOrgAt } from './orgParser.js';
import { appointmentMentions } from './appointments.js';
import { voterMentions } from './voters.js';

export interface Mention {
  /** Empty when only offices are written ("đồng chí Trưởng ban Tuyên giáo Thị ủy"): extractArticle finds who holds them. */
  name: string;
  nameStart: number;
  nameEnd: number;
  positions: PositionMatch[];
  /** The whole mention, name and positions. */
  start: number;
  end: number;
  /** Offices told in narrative ("trong thời gian giữ cương vị …", "được bầu làm …"): no role at a meeting. */
  narrative?: boolean;
}

const INTRODUCER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...people.introducers]
    .sort((a, b) => b.length - a.length)
    .map((i) => phrasePattern(i))
    .join('|')})(?![\\p{L}\\p{N}])\\s*:?\\s*`,
  'uy',
);
const NOT_PEOPLE = new Set(people.notPeople.map(key));
// "các đồng chí: A, B và C": the last of a list joined by "và" alone.
const LIST_NEXT = /^\s*(?:[;,]\s*(?:và\s+)?|và\s+)/u;
const MAX_NAME = 5;

export function findMentions(doc: Doc, from: number, to: number): Mention[] {
  const mentions: Mention[] = [];
  // Per word: whether a mention found so far covers its start (asked at every word below).
  const takenWord = new Uint8Array(doc.words.length);
  const first = firstWordFrom(doc, from);
  // Per word of [from, to): whether an introducer starts there (1 + where it ends; 0: none),
  // read by the first loop and asked again by the last one.
  const introEnd = new Int32Array(doc.words.length);

  // "đồng chí …" and its list ("các đồng chí: A – …; B – …").
  for (let wi = first; wi < doc.words.length; wi++) {
    const w = doc.words[wi] as Word;
    if (w.start >= to) break;
    const intro = matchIntroducer(doc, w.start);
    // "UBND tỉnh Bà Rịa-Vũng Tàu", "xã Ông Đình": after a level word "Bà"/"Ông" opens a place's name.
    if (intro === null || (cap(w) && LEVEL_BEFORE.test(doc.text.slice(Math.max(0, w.start - 12), w.start)))) continue;
    introEnd[wi] = intro + 1;
    const plural = doc.fold.startsWith('các', w.start) || /các\s+$/u.test(doc.fold.slice(Math.max(0, w.start - 6), w.start));
    // "thăm mẹ Việt Nam anh hùng A, thương binh B": an honour before the name; a family name first,
    // and not inside a body's name ("Trung tâm Điều dưỡng thương binh Thuận Thành").
    const honour = HONOUR.test(doc.fold.slice(w.start, intro));
    if (honour && HONOUR_IN_NAME.test(doc.text.slice(Math.max(0, w.start - 30), w.start))) continue;
    const read = readMention(doc, intro, honour);
    const lead = read?.name && !plural ? officeBeforeDash(doc, w.start, mentions) : [];
    const first = read && lead[0] ? { ...read, positions: [...lead, ...read.positions], start: lead[0].start } : read;
    // "các đồng chí Ủy viên Ban Thường vụ": offices of several people name no one.
    let m = addMention(doc, to, mentions, takenWord, first && plural && !first.name ? null : first);
    while (m) {
      const next = LIST_NEXT.exec(doc.text.slice(m.end, m.end + 6));
      if (!next) break;
      const again = matchIntroducer(doc, m.end + next[0].length);
      m = addMention(doc, to, mentions, takenWord, readMention(doc, again ?? m.end + next[0].length, again === null));
    }
  }
  // "Đại biểu Lê Văn A (đoàn Nam Định)": a National Assembly deputy named with the delegation
  // of the province that elected them.
  for (const m of matchesAfterBoundary(DEPUTY, doc.fold.slice(from, to))) {
    const w = nextWord(doc, from + m.index + m[0].length);
    const name = w ? readName(doc, w, true) : null;
    const del = name ? DELEGATION.exec(doc.text.slice(name.end, name.end + 60)) : null;
    if (!w || !name || !del?.[1]) continue;
    const at = name.end + del[0].indexOf(del[1]);
    const org = {
      name: 'Đoàn đại biểu Quốc hội',
      place: del[1].replace(/^(?:TP|Tp|Thành phố|tỉnh)\.?\s+/u, ''),
      level: 'tỉnh',
      anchored: true,
      national: false,
      start: at,
      end: at + del[1].length,
    };
    const end = name.end + del[0].length;
    addMention(doc, to, mentions, takenWord, {
      name: name.text,
      nameStart: name.start,
      nameEnd: name.end,
      positions: [{ title: 'Đại biểu Quốc hội', org, implied: false, text: 'Đại biểu Quốc hội', start: from + m.index, end }],
      start: from + m.index,
      end,
    });
  }
  for (const m of voterMentions(doc, from, to, readName)) addMention(doc, to, mentions, takenWord, m);
  // No introducer: an office then a name, or a name then an office; a family name required.
  for (let wi = first; wi < doc.words.length; wi++) {
    const w = doc.words[wi] as Word;
    if (w.start >= to) break;
    if (takenWord[wi] === 1 || introEnd[wi] !== 0) continue;
    if (isSurname(w.text)) {
      const name = readName(doc, w, true);
      if (name) {
        const positions = parsePositionsAfter(doc, name.end);
        if (positions.length > 0 && /^\s*[,–—(-]/u.test(doc.text.slice(name.end, name.end + 3))) {
          addMention(doc, to, mentions, takenWord, {
            name: name.text,
            nameStart: name.start,
            nameEnd: name.end,
            positions,
            start: w.start,
            end: positions.at(-1)?.end ?? name.end,
          });
          continue;
        }
      }
    }
    if (!cap(w) || !TITLES.at(doc, w.start)) continue;
    // "Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng … A": the office that delegates is not
    // a title of the next person; A's run starts after it.
    if (OWNER_BEFORE.test(doc.fold.slice(Math.max(0, w.start - 16), w.start))) {
      const owner = parsePositionsFrom(doc, w.start)[0];
      const sep = owner ? /^\s*,\s*/u.exec(doc.text.slice(owner.end, owner.end + 4)) : null;
      const next = owner && sep ? nextWord(doc, owner.end + sep[0].length) : null;
      const m = next && TITLES.at(doc, next.start) ? readTitleFirst(doc, next.start, true) : null;
      // "dưới sự điều hành của Phó Chủ tịch Quốc hội A": office and name together are the person.
      if (m) {
        addMention(doc, to, mentions, takenWord, m);
        continue;
      }
    }
    const m = readTitleFirst(doc, w.start, true) ?? uniqueOffice(doc, w.start);
    if (m) addMention(doc, to, mentions, takenWord, m);
  }
  for (const m of narrativeMentions(doc, from, to, mentions)) {
    if (!mentions.some((x) => x.start < m.end && m.start < x.end)) mentions.push(m);
  }
  for (const m of appointmentMentions(doc, from, to, mentions)) {
    if (!mentions.some((x) => x.start < m.end && m.start < x.end && (!x.narrative || x.name === m.name))) mentions.push(m);
  }
  for (const m of shortRepeats(doc, from, to, mentions)) mentions.push(m);
  listHeadings(doc, from, to, mentions);
  return shareHeading(
    doc,
    mentions.sort((a, b) => a.start - b.start),
  );
}

// "các Ủy viên Trung ương Đảng: Trưởng ban A, Bí thư Tỉnh ủy B, Bộ trưởng C": an office in the
// plural before a colon heads the list after it, and every person of the list holds it.
const PLURAL_HEAD = /(?:^|[^\p{L}])(?:các|những)\s+$/u;
const HEADING_COLON = /^\s*:\s*$/u;
const LIST_GAP = /^\s*[,;]\s*(?:và\s+)?$/u;

function shareHeading(doc: Doc, mentions: Mention[]): Mention[] {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const first = m.positions[0];
    if (!m.name || m.narrative || !first || !PLURAL_HEAD.test(doc.fold.slice(Math.max(0, first.start - 8), first.start))) continue;
    const k = m.positions.findIndex((p, j) => j + 1 < m.positions.length && HEADING_COLON.test(doc.text.slice(p.end, m.positions[j + 1]?.start)));
    if (k < 0) continue;
    const heading = m.positions.slice(0, k + 1);
    for (let j = i + 1; j < mentions.length; j++) {
      const prev = mentions[j - 1] as Mention;
      const n = mentions[j] as Mention;
      if (!n.name || n.narrative || !LIST_GAP.test(doc.text.slice(prev.end, n.start))) break;
      mentions[j] = { ...n, positions: [...heading, ...n.positions] };
    }
  }
  return mentions;
}

// "ông Minh cho biết", "bà Lan Anh cho hay": once a person is named in full, the report calls
// them by courtesy word and given name (the last word or two of the full name). Such a repeat is
// that person, when only one person named before has that given name; a two-word repeat read
// as a name of its own is renamed, a one-word one (no name for readName) is added. Led by no
// letter (checked by matchesAfterBoundary).
const SHORT_REPEAT = /(?:[ôÔ]ng|[bB]à|[đĐ]ồng\s+chí)\s+(\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])(?![^\S\n]+\p{Lu})/gu;

const CLAUSE_OPEN = /(?:^|[.,;:!?“”"()\n–-]\s*|(?:^|[^\p{L}])(?:[tT]heo|[vV]à|[cC]òn)\s+)$/u;

function fullNameEnding(named: readonly Mention[], at: number, ending: string): Mention | null {
  const k = ` ${key(ending)}`;
  const before = named.filter((m) => m.nameEnd <= at && ` ${key(m.name)}`.endsWith(k) && key(m.name) !== key(ending));
  const names = new Set(before.map((m) => key(m.name)));
  return names.size === 1 ? (before.at(-1) ?? null) : null;
}

function shortRepeats(doc: Doc, from: number, to: number, mentions: Mention[]): Mention[] {
  const named = mentions.filter((m) => m.name && m.name.split(' ').length >= 3).sort((a, b) => a.nameStart - b.nameStart);
  if (named.length === 0) return [];
  for (const [i, m] of mentions.entries()) {
    if (!m.name || m.positions.length > 0 || m.name.split(' ').length !== 2) continue;
    const full = fullNameEnding(named, m.nameStart, m.name);
    if (full) mentions[i] = { ...m, name: full.name };
  }
  const out: Mention[] = [];
  for (const h of matchesAfterBoundary(SHORT_REPEAT, doc.text.slice(from, to))) {
    const given = h[1] ?? '';
    const start = from + h.index + h[0].length - given.length;
    const end = start + given.length;
    if (mentions.some((x) => x.start < end && start < x.end)) continue;
    // Only as the subject heading its clause ("…, ông Minh cho biết"); "cá nhân ông Minh",
    // "gặp bà Hà" are objects, no turn of theirs.
    if (!CLAUSE_OPEN.test(doc.text.slice(Math.max(from, from + h.index - 12), from + h.index))) continue;
    const full = fullNameEnding(named, start, given);
    if (full) out.push({ name: full.name, nameStart: start, nameEnd: end, positions: [], start, end });
  }
  return out;
}

// "dưới sự điều hành của các Phó Chủ tịch Quốc hội: A; B", "UBND tỉnh có 4 Phó Chủ tịch gồm các
// ông: A, B, C và D": an office in the plural (after "các", "những" or a count) heads a list of
// names after a colon or "gồm"; every person of the list holds it. Led by no letter (checked
// by matchesAfterBoundary).
const PLURAL_OFFICE = /(?:[cC]ác|[nN]hững|\d{1,2})\s+(?=\p{Lu})/gu;
const LIST_OPENS = /^\s*(?::\s*|(?:gồm|là)\s+(?:các\s+)?(?:(?:ông|bà|đồng\s+chí)\s*)?:?\s*)/u;
const LIST_JOIN = /^\s*(?:[,;]\s*(?:và\s+)?|và\s+)(?:(?:ông|bà|đồng\s+chí)\s+)?/u;
const MAX_LISTED = 12;

// "UBND TP Hải Phòng hiện có 5 Phó Chủ tịch UBND gồm …": the counted offices are the subject
// body's, named in full before "có".
const HAS_BEFORE = /(?:^|[^\p{L}])(?:(?:hiện|nay|hiện\s+nay)\s+)?có\s+$/u;
const SUBJECT_REACH = 80;

function ofSubject(doc: Doc, from: number, at: number, heading: PositionMatch[]): PositionMatch[] {
  const only = heading.length === 1 ? heading[0] : undefined;
  const lead = doc.fold.slice(Math.max(from, at - SUBJECT_REACH), at);
  const has = only ? HAS_BEFORE.exec(lead) : null;
  if (!only || !has) return heading;
  const end = doc.text.slice(0, at - lead.length + has.index + (has[0].length - has[0].trimStart().length)).trimEnd().length;
  for (let wi = firstWordFrom(doc, Math.max(from, end - SUBJECT_REACH)); wi < doc.words.length; wi++) {
    const w = doc.words[wi] as Word;
    if (w.start >= end) break;
    const body = cap(w) ? parseOrgAt(doc, w.start) : null;
    if (!body || body.end !== end) continue;
    const own = only.org;
    if (own && !(own.level === null && key(body.name).startsWith(`${key(own.name)} `))) return heading;
    return [{ ...only, org: body, implied: false }];
  }
  return heading;
}

function listHeadings(doc: Doc, from: number, to: number, mentions: Mention[]): void {
  for (const h of matchesAfterBoundary(PLURAL_OFFICE, doc.text.slice(from, to))) {
    const at = from + h.index;
    const w = nextWord(doc, at + h[0].length);
    if (!w || !TITLES.at(doc, w.start)) continue;
    const heading = ofSubject(doc, from, at, parsePositionsFrom(doc, w.start));
    const last = heading.at(-1);
    const opens = last ? LIST_OPENS.exec(doc.fold.slice(last.end, last.end + 24)) : null;
    if (!last || !opens || !/[:]|gồm|là/u.test(opens[0])) continue;
    if (mentions.some((m) => m.start < last.end && at < m.end && !(m.nameStart >= last.end))) continue;
    let pos = last.end + opens[0].length;
    for (let n = 0; n < MAX_LISTED; n++) {
      const nw = nextWord(doc, pos);
      const name = nw ? readName(doc, nw, true) : null;
      if (!nw || !name || name.end > to) break;
      const i = mentions.findIndex((m) => m.nameStart === name.start);
      const own = i >= 0 ? (mentions[i] as Mention) : null;
      // The list's own words lead to its first person: "dưới sự điều hành của các …" reaches them.
      const start = n === 0 ? at : name.start;
      if (own && own.positions.length === 0 && !own.narrative) mentions[i] = { ...own, positions: heading, start: Math.min(own.start, start) };
      else if (!own && !mentions.some((m) => m.start < name.end && name.start < m.end))
        mentions.push({ name: name.text, nameStart: name.start, nameEnd: name.end, positions: heading, start, end: name.end });
      else if (own && own.positions.length > 0) break;
      const j = LIST_JOIN.exec(doc.fold.slice(Math.max(name.end, own?.end ?? 0), Math.max(name.end, own?.end ?? 0) + 16));
      if (!j) break;
      pos = Math.max(name.end, own?.end ?? 0) + j[0].length;
    }
  }
}

/**
 * Adds `m` to `mentions` when it ends by `to`, names a person and overlaps none found so far,
 * and marks the words it covers in `takenWord`; returns `m` (a module function, not a closure
 * made per call: tsx, with esbuild's keepNames, names every closure made, at a cost).
 */
function addMention(doc: Doc, to: number, mentions: Mention[], takenWord: Uint8Array, m: Mention | null): Mention | null {
  if (m && m.end <= to && !NOT_PEOPLE.has(key(m.name)) && !mentions.some((x) => x.start < m.end && m.start < x.end)) {
    const added = shareCommittee(m);
    mentions.push(added);
    for (let i = firstWordFrom(doc, added.start); i < doc.words.length && (doc.words[i] as Word).start < added.end; i++) takenWord[i] = 1;
  }
  return m;
}

// Offices a report tells in narrative, held before or taken now: "trong thời gian giữ (các)
// cương vị …", "ông từng giữ các chức vụ: …", "khi còn là …", "có thời gian làm …" (a past post),
// "được bầu làm …", "giữ chức …".
// Led by no letter (checked by matchesAfterBoundary, so the engine need not try a look-behind at every offset).
// "từng đảm nhiệm các chức vụ …", "kinh qua các chức vụ …" (a career told), "đến nhận nhiệm vụ (mới)
// là …" (a transfer's new post).
const HELD =
  /(?:(?:đã\s+|từng\s+)?(?:giữ|đảm\s+nhiệm|kinh\s+qua)\s+(?:các\s+)?(?:cương\s+vị|chức\s+vụ|chức\s+danh|chức)|nhận\s+nhiệm\s+vụ(?:\s+mới)?\s+(?:là|làm)|khi\s+còn\s+là|có\s+thời\s+gian\s+(?:là|làm|giữ\s+chức)|được\s+(?:bầu|bầu\s+giữ\s+chức|bổ\s+nhiệm|chỉ\s+định|điều\s+động|phân\s+công)(?:\s+(?:giữ\s+chức(?:\s+vụ)?|làm))?)(?![\p{L}])\s*:?\s*/gu;
// The holder named before the cue in the same clause: a short gap with no other person's turn in it.
const HOLDER_GAP = /^[^.;:!?“”"]{0,60}$/u;
const NOT_HOLDER_GAP = /(?:^|[^\p{L}])(?:cho|trao|đối\s+với|công\s+bố|các|những|người)(?![\p{L}])/u;
const PRONOUN_BEFORE = /(?:^|[^\p{L}])(?:ông|bà)\s+(?:đã\s+|từng\s+|cũng\s+)?$/u;
const PRONOUN_AFTER = /^\s*,\s*(?:ông|bà)(?![\p{L}])(?!\s+\p{Lu})/u;
const NAME_AFTER = /^\s*,\s*(?:(?:ông|bà|đồng\s+chí)\s+)?/u;
// "Bí thư Tỉnh ủy là ông A", "bà B là Chủ tịch UBND tỉnh": an office and a person joined by "là".
const IS_PERSON_BEFORE = /(?:^|[^\p{L}])là\s+(?:ông|bà|đồng\s+chí)\s+$/u;
const SHORT_IS = /(?:ông|bà)\s+(\p{Lu}\p{Ll}*)\s+(?:đã\s+|từng\s+|vẫn\s+)?là\s+/gu;
const IS_AFTER = /^\s+(?:đã\s+|từng\s+|vẫn\s+)?là\s+/u;
const PRONOUN_REACH = 2000;

// Module functions, not closures made per call: tsx (esbuild's keepNames) names every closure made, at a cost.
function pushNarrative(out: Mention[], to: number, name: string, nameStart: number, nameEnd: number, positions: PositionMatch[]): void {
  const first = positions[0];
  const last = positions.at(-1);
  if (first && last && name && last.end <= to) out.push({ name, nameStart, nameEnd, positions, start: first.start, end: last.end, narrative: true });
}

function lastNamedBefore(named: readonly Mention[], at: number): Mention | undefined {
  return named.filter((m) => m.nameEnd <= at && at - m.nameEnd < PRONOUN_REACH).at(-1);
}

function runFrom(doc: Doc, at: number): PositionMatch[] {
  const first = parsePositionAt(doc, at, true);
  return first ? [first, ...parsePositionsAfter(doc, first.end)] : [];
}

function narrativeMentions(doc: Doc, from: number, to: number, found: Mention[]): Mention[] {
  const named = found.filter((m) => m.name).sort((a, b) => a.nameStart - b.nameStart);
  const out: Mention[] = [];
  const text = doc.text.slice(from, to);
  const fold = doc.fold.slice(from, to);
  for (const h of matchesAfterBoundary(HELD, fold)) {
    const cue = from + h.index;
    const positions = runFrom(doc, cue + h[0].length);
    const last = positions.at(-1);
    if (!last) continue;
    // "… giữ các cương vị X, Y, bà Lê Thị A tham gia …": the holder named after the offices.
    const after = NAME_AFTER.exec(doc.text.slice(last.end, last.end + 16));
    const w = after && !PRONOUN_AFTER.test(doc.text.slice(last.end, last.end + 8)) ? nextWord(doc, last.end + after[0].length) : null;
    const name = w ? readName(doc, w, true) : null;
    if (w && name) {
      pushNarrative(out, to, name.text, name.start, name.end, positions);
      continue;
    }
    // "ông từng giữ các chức vụ: …", "…, bà đã có các vi phạm": the person the report is about.
    if (PRONOUN_BEFORE.test(doc.fold.slice(Math.max(0, cue - 12), cue)) || PRONOUN_AFTER.test(doc.text.slice(last.end, last.end + 8))) {
      const m = lastNamedBefore(named, cue);
      if (m) pushNarrative(out, to, m.name, m.nameStart, m.nameEnd, positions);
      continue;
    }
    // "A đã được bầu làm Chủ tịch UBND tỉnh", "chỉ định ông A tham gia …, giữ chức …".
    // "điều động ông A (Ủy viên …, Phó Chủ tịch …) đến giữ chức …": the holder's own positions
    // are no gap.
    const m = lastNamedBefore(named, cue);
    const gap = m ? doc.fold.slice(Math.max(m.nameEnd, Math.min(m.end, cue)), cue) : '';
    if (m && HOLDER_GAP.test(gap) && !NOT_HOLDER_GAP.test(gap)) pushNarrative(out, to, m.name, m.nameStart, m.nameEnd, positions);
  }
  // "Bí thư Tỉnh ủy là ông A": the offices written just before "là".
  for (const m of named) {
    const before = doc.fold.slice(Math.max(from, m.nameStart - 24), m.nameStart);
    const is = IS_PERSON_BEFORE.exec(before);
    if (!is) continue;
    const laAt = m.nameStart - before.length + is.index + (is[0].startsWith('là') ? 0 : 1);
    const end = doc.text.slice(0, laAt).trimEnd().length;
    for (let wi = firstWordFrom(doc, Math.max(from, end - 90)); wi < doc.words.length; wi++) {
      const w = doc.words[wi] as Word;
      if (w.start >= end) break;
      if (!cap(w) || !TITLES.at(doc, w.start)) continue;
      const positions = parsePositionsFrom(doc, w.start);
      if (positions.at(-1)?.end === end) {
        pushNarrative(out, to, m.name, m.nameStart, m.nameEnd, positions);
        break;
      }
    }
  }
  // "ông A là Phó Giám đốc Sở …"; "bà B là …" with the given name alone, of a person named in full before.
  for (const m of named) {
    const is = IS_AFTER.exec(doc.text.slice(m.nameEnd, m.nameEnd + 16));
    // Written with a capital: "là trưởng đoàn của đoàn khách" is a role, no office.
    if (is) pushNarrative(out, to, m.name, m.nameStart, m.nameEnd, parsePositionsFrom(doc, m.nameEnd + is[0].length));
  }
  for (const s of matchesAfterBoundary(SHORT_IS, text)) {
    const given = s[1] ?? '';
    const at = from + s.index;
    const full = named.filter((m) => m.nameEnd <= at && m.name.split(' ').at(-1) === given).at(-1);
    if (full) pushNarrative(out, to, full.name, full.nameStart, full.nameEnd, parsePositionsFrom(doc, at + s[0].length));
  }
  return out;
}

/**
 * "Ủy viên Ban Thường vụ, Trưởng ban Dân vận Huyện ủy": a committee part written without its
 * committee shares the committee of the next position in the same mention.
 */
function shareCommittee(m: Mention): Mention {
  const positions = m.positions.map((p, i) => {
    if (!p.org || p.org.anchored || !COMMITTEE_PART_NAMES.has(key(p.org.name))) return p;
    const committee = m.positions.slice(i + 1).find((q) => q.org?.committee)?.org?.committee;
    return committee ? { ...p, org: { ...p.org, name: `${p.org.name} ${committee}`, committee, anchored: true } } : p;
  });
  return sharePlace({ ...m, positions });
}

/**
 * "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định": one person's offices at one level are in
 * the place written once, after the last of them.
 */
function sharePlace(m: Mention): Mention {
  const positions = m.positions.map((p, i) => {
    const o = p.org;
    if (!o || o.place !== null || o.national || !o.level) return p;
    const place = m.positions.slice(i + 1).find((q) => q.org && !q.org.national && q.org.level === o.level && q.org.place)?.org?.place;
    return place ? { ...p, org: { ...o, place } } : p;
  });
  return { ...m, positions };
}

// The introducers by first word: most words begin none, and the pattern need not be tried there.
const INTRODUCER_STARTS = new PhraseSet(people.introducers);

function matchIntroducer(doc: Doc, pos: number): number | null {
  const wi = doc.wordAt.get(pos);
  if (wi !== undefined ? !INTRODUCER_STARTS.mayStartWithRun(wordRuns(doc).fold[wi] ?? -1) : !INTRODUCER_STARTS.mayStartAt(doc.fold, pos)) return null;
  INTRODUCER.lastIndex = pos;
  const m = INTRODUCER.exec(doc.fold);
  return m ? pos + m[0].length : null;
}

// No dot after the level word: "… nhân dân TP. Ông A …" ends a sentence there.
const HONOUR = /^(?:(?:bà\s+)?mẹ|thương\s+binh|bệnh\s+binh)\s/u;
const HONOUR_IN_NAME = /\p{Lu}[\p{L}]*\s+$/u;
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:tỉnh|thành phố|TP|huyện|thị xã|quận|xã|phường|thị trấn)\s+$/iu;

// "Chủ tịch UBND tỉnh X - ông A - chủ trì": the offices set off before the person by a dash.
const DASH_BEFORE = /[-–—]\s*$/u;
const LEAD_REACH = 120;
const PERSON_WORD = /^(?:ông|bà|đồng\s+chí)(?![\p{L}])/u;

/** The run of offices that ends at the dash just before `at` (an introducer), none taken by another mention. */
function officeBeforeDash(doc: Doc, at: number, mentions: readonly Mention[]): PositionMatch[] {
  const gap = DASH_BEFORE.exec(doc.text.slice(Math.max(0, at - 4), at));
  // Only a pronoun or "đồng chí" opens the person: "GS - TS A" joins degrees.
  if (!gap || !PERSON_WORD.test(doc.fold.slice(at, at + 9))) return [];
  const dash = at - gap[0].length;
  const wi = doc.wordAt.get(nextWord(doc, at)?.start ?? -1) ?? -1;
  let best: PositionMatch[] = [];
  // The earliest office whose run reaches the dash: "Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh - ông A".
  for (let i = wi - 1; i >= 0; i--) {
    const w = doc.words[i] as Word;
    if (w.start < at - LEAD_REACH || /[.;:!?“”"]/u.test(doc.text.slice(w.end, dash))) break;
    if (!cap(w) || !TITLES.at(doc, w.start)) continue;
    const run = parsePositionsFrom(doc, w.start);
    const end = run.at(-1)?.end;
    // "A, Phó Chủ tịch Hội X - bà B": offices after a name (or after "Nguyên") are that one's.
    const prev = i > 0 ? (doc.words[i - 1] as Word) : null;
    const afterName = prev && cap(prev) && /^[\s,]*$/u.test(doc.text.slice(prev.end, w.start)) && !/[.!?:]\s*$/u.test(doc.text.slice(0, prev.start));
    if (afterName) continue;
    if (end !== undefined && end <= dash && /^\s*$/u.test(doc.text.slice(end, dash)) && !mentions.some((m) => m.start < dash && w.start < m.end)) best = run;
  }
  return best;
}

/** After an introducer: a name then its positions, or positions then the name. */
function readMention(doc: Doc, pos: number, strict: boolean): Mention | null {
  const w = nextWord(doc, pos);
  if (!w || !cap(w)) return null;
  if (TITLES.at(doc, w.start)) return readTitleFirst(doc, w.start, strict) ?? anonymous(doc, w.start);
  const name = readName(doc, w, strict);
  if (!name) return null;
  const positions = parsePositionsAfter(doc, name.end);
  return { name: name.text, nameStart: name.start, nameEnd: name.end, positions, start: w.start, end: positions.at(-1)?.end ?? name.end };
}

const OWNER_BEFORE = /(?:^|[^\p{L}])(?:ủy\s+quyền|ủy\s+nhiệm)\s+của\s+$/u;
const DEPUTY = /đại\s+biểu\s+(?=\p{L})/gu;
// The delegation in brackets, lower case in the text, capitalised in a caption ("(Đoàn Tp. Hà Nội)").
const DELEGATION = /^\s*\(\s*[đĐ]oàn\s+((?:TP|Tp|Thành phố|tỉnh)?\.?\s*\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})\s*\)/u;

/** National offices held by one person at a time (the head of the Party, of State, of Government). */
const UNIQUE_OFFICES = new Set(['Tổng Bí thư', 'Thủ tướng', 'Chủ tịch nước'].map(key));

/** "Thủ tướng nêu rõ …", "Tổng Bí thư phát biểu": a one-holder office written alone, no name after it. */
function uniqueOffice(doc: Doc, pos: number): Mention | null {
  // "trình Thủ tướng chính phủ": the office as a body (an addressee), no person at the meeting;
  // "Theo Thủ tướng Chính phủ, …", "Thủ tướng Chính phủ nhấn mạnh": its holder speaking.
  const whole = parseOrgAt(doc, pos);
  if (
    whole?.national &&
    !OFFICE_SPEAKS_AFTER.test(doc.fold.slice(whole.end, whole.end + 30)) &&
    !OFFICE_SPEAKS_BEFORE.test(doc.fold.slice(Math.max(0, pos - 6), pos))
  )
    return null;
  const m = anonymous(doc, pos);
  const only = m?.positions.length === 1 ? m.positions[0] : undefined;
  return m && only && UNIQUE_OFFICES.has(key(only.title)) && (!only.org || only.org.national) ? m : null;
}

const OFFICE_SPEAKS_AFTER =
  /^\s*(?:(?:đã|cũng|vừa|từng)\s+)*(?:nhấn mạnh|khẳng định|cho biết|cho rằng|nêu rõ|yêu cầu|đề nghị|chỉ đạo|phát biểu|chủ trì|kết luận|lưu ý|nói)(?![\p{L}])/u;
const OFFICE_SPEAKS_BEFORE = /(?:^|[^\p{L}])theo\s+$/u;

/** "đồng chí Trưởng ban Tuyên giáo Thị ủy đề nghị …": offices with no name. */
function anonymous(doc: Doc, pos: number): Mention | null {
  const positions = parsePositionsFrom(doc, pos);
  const first = positions[0];
  const last = positions.at(-1);
  // "Thủ tướng chủ trì phiên họp": an office only one person holds names that person.
  const unique = positions.length === 1 && UNIQUE_OFFICES.has(key(first?.title ?? '')) && !first?.org;
  if (!first || !last || !(unique || positions.every((p) => p.org))) return null;
  return { name: '', nameStart: first.start, nameEnd: last.end, positions, start: first.start, end: last.end };
}

const LOCALITY_ASIDE = /^\s*\((?:huyện|tỉnh|thành phố|TP\.?|quận|thị xã|thị trấn|xã|phường)\s[^()]{1,50}\)\s*/u;

function readTitleFirst(doc: Doc, pos: number, strict: boolean): Mention | null {
  const positions = parsePositionsFrom(doc, pos);
  const first = positions[0];
  const last = positions.at(-1);
  if (!first || !last) return null;
  // "Bí thư Đảng ủy xã Tân Hòa (huyện Tân Lập, Quảng Nam) Lê Văn Tám": the localities above the
  // body, in brackets, stand between the position and the name.
  const aside = LOCALITY_ASIDE.exec(doc.text.slice(last.end, last.end + 64));
  const w = nextWord(doc, last.end + (aside?.[0].length ?? 0));
  const name = w ? readName(doc, w, strict || !!aside) : null;
  if (w && name) {
    // "Phó Thủ tướng A, Trưởng Đoàn kiểm tra số 12 của Bộ Chính trị, đã dự …", "… A làm Trưởng
    // đoàn": more offices after the name are the same person's, unless a name follows them
    // (then they are the next person's: "Thủ tướng A, Phó Thủ tướng B").
    const more = parsePositionsAfter(doc, name.end);
    const after = more.at(-1);
    const nextName = after ? nextWord(doc, after.end) : null;
    const own = after && !(nextName && readName(doc, nextName, true)) ? more : [];
    return {
      name: name.text,
      nameStart: name.start,
      nameEnd: name.end,
      positions: [...positions, ...own],
      start: first.start,
      end: own.at(-1)?.end ?? name.end,
    };
  }
  // "Bí thư Huyện ủy Lê Hoa": a short name read as the body's place is the person.
  const lastOrg = last.org;
  const place = lastOrg?.place;
  const placeWord = lastOrg && place ? doc.words[doc.wordAt.get(lastOrg.end - place.length) ?? -1] : undefined;
  if (!lastOrg || !place || !placeWord || !isSurname(placeWord.text) || place.split(' ').length < 2) return null;
  const org = { ...lastOrg, place: null, end: placeWord.start };
  const fixed = [...positions.slice(0, -1), { ...last, org, end: placeWord.start }];
  return { name: place, nameStart: placeWord.start, nameEnd: last.end, positions: fixed, start: first.start, end: last.end };
}

/** A personal name: 2–5 capitalised words, none starting an office or a body; a family name first when `strict`. */
export function readName(doc: Doc, w: Word, strict: boolean): { text: string; start: number; end: number } | null {
  if (strict && !isSurname(w.text)) return null;
  const ws: Word[] = [];
  let cur: Word | null = w;
  while (cur && ws.length < MAX_NAME && cap(cur) && !isAcronym(cur) && !startsNonName(doc, cur)) {
    ws.push(cur);
    cur = following(doc, cur);
  }
  const last = ws.at(-1);
  if (ws.length < 2 || !last) return null;
  // "… Lê Văn Minhcho biết" (a space lost): no syllable ends in "cho", so the given name ends before
  // it and the verb of speech follows.
  const glued = GLUED_CHO.exec(last.text);
  if (glued?.[1] && SAYS_AFTER_CHO.test(doc.text.slice(last.end, last.end + 8))) {
    const end = last.start + glued[1].length;
    return { text: doc.text.slice(w.start, end).replace(/\s+/g, ' '), start: w.start, end };
  }
  // "Chủ tịch Hà Nội Nguyễn Đức Chung": a place written before the name ("Hà Nội", itself no
  // person) is the office's; the name opens on the family name after it, full (three words or more:
  // "Thái Bình Dương Mỹ" is an ocean and a country, no "Dương Mỹ").
  for (let k = 2; k + 3 <= ws.length; k++) {
    const head = ws[k];
    const place = doc.text.slice(w.start, ws[k - 1]?.end ?? w.start);
    if (head && isSurname(head.text) && NOT_PEOPLE.has(key(place)))
      return { text: doc.text.slice(head.start, last.end).replace(/\s+/g, ' '), start: head.start, end: last.end };
  }
  return { text: doc.text.slice(w.start, last.end).replace(/\s+/g, ' '), start: w.start, end: last.end };
}

const GLUED_CHO = /^(\p{Lu}\p{Ll}+)cho$/u;
const SAYS_AFTER_CHO = /^\s+(?:biết|rằng|hay)(?![\p{L}])/u;
const PLURAL_WORD = /^(?:Các|Những)$/u;
const LOWER_NEXT = /^[^\S\n]+\p{Ll}/u;

function startsNonName(doc: Doc, w: Word): boolean {
  return !!(
    TITLES.at(doc, w.start) ||
    COMMITTEES.at(doc, w.start) ||
    LEVEL_HEADS.at(doc, w.start) ||
    NATIONAL.at(doc, w.start) ||
    (HEADS.at(doc, w.start) && !isSurname(w.text)) ||
    // "… Vi Văn Lực Những ý kiến …" (line breaks lost): a plural marker before a lower-case noun
    // opens the next sentence ("Các" before a comma may be a given name: "Vũ Quang Các, Vụ trưởng").
    (PLURAL_WORD.test(w.text) && LOWER_NEXT.test(doc.text.slice(w.end, w.end + 3))) ||
    // "… Nguyễn Văn Huyện cho biết": a capitalised level word with no place after it is a given name.
    (LEVELS.at(doc, w.start) && (!cap(w) || cap(following(doc, w))))
  );
}
