// What each person did at the meeting, from the cue phrases of data/article/roles.json: a cue
// right after the person and their positions ("…, Bí thư Huyện ủy chủ trì hội nghị"), else the
// nearest cue heading a clause before them in the sentence ("Phát biểu tại hội nghị, đồng chí …").
import data from '../data/article/roles.json' with { type: 'json' };
import type { ParticipantRole } from '../../core/extraction.js';
import type { Doc } from './doc.js';
import type { Mention } from './people.js';
import type { Span } from './sentences.js';
import { cap, nextWord } from './doc.js';
import { TITLES } from './lexicon.js';
import { describedCueStarts } from './describedSpeakers.js';
import { escapeRe, isCapitalized, key, phrasePattern } from './text.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const STATEMENT_AFTER = /^\s*:\s*\p{Lu}/u;
const UPPER_LETTER = /\p{Lu}/u;

const CUES = [...data.cues].sort((a, b) => b.cue.length - a.cue.length);
const ROLES_OF = new Map(CUES.map((c) => [phrasePattern(c.cue), c.roles as ParticipantRole[]]));
const NOT_AFTER = `(?!\\s+(?:${data.notCueWhenFollowedBy.map(escapeRe).join('|')})(?![\\p{L}\\p{N}]))(?!\\s*\\d)`;
const PREFIX = `(?:(?:${data.cuePrefixes.map((p) => phrasePattern(p)).join('|')})\\s+)?`;
const CUE_BODY = `${PREFIX}(?:${CUES.map((c) => phrasePattern(c.cue)).join('|')})(?![\\p{L}\\p{N}])${NOT_AFTER}`;
// "A, Ủy viên Bộ Chính trị, Thủ tướng, thay mặt Bộ Chính trị điều hành phiên họp": whom the
// person acts for (thay mặt + a body of a few words) stands between them and the cue.
const ON_BEHALF = `${phrasePattern('thay mặt')}(?:\\s+[\\p{L}.]+){1,6}?(?=\\s)`;
// "A - Chủ tịch UBND thành phố Uông Bí (tỉnh Quảng Ninh) chủ trì …": a bracketed aside after the
// positions (the province of a town, an abbreviation) stands between them and the cue too.
const ASIDE = '\\([^()]{1,60}\\)';
const FILLERS = [...data.tailFillers.map((f) => (f === ',' ? ',' : phrasePattern(f))), ON_BEHALF, ASIDE].join('|');
const OBJECTS = data.tailObjects.map((o) => phrasePattern(o)).join('|');
// A cue ending in "với" ("làm việc với") takes the host after it as its object, whatever it is.
const TAIL = new RegExp(
  `^(?:\\s*(?:${FILLERS}))*\\s*(${CUE_BODY})(?=\\s*(?:[,.;:!?)]|$|(?:${OBJECTS})(?![\\p{L}\\p{N}])))|^(?:\\s*(?:${FILLERS}))*\\s*(${CUE_BODY})(?<=\\svới)(?=\\s)`,
  'u',
);
// A speech verb after the person needs no object: what follows is what was said. A longer cue
// it begins ("phát biểu kết luận") counts the same way.
const SPEECH_VERBS = CUES.filter((c) => 'speech' in c && c.speech).map((c) => key(c.cue));
const SPEECH_CUES = CUES.filter((c) => SPEECH_VERBS.some((v) => key(c.cue) === v || key(c.cue).startsWith(`${v} `)));
const NOT_SPEECH = `(?!\\s+(?:${data.notSpeechWhenFollowedBy.map((w) => phrasePattern(w)).join('|')})(?![\\p{L}\\p{N}]))`;
const SPEECH_BODY = `${PREFIX}(?:${SPEECH_CUES.map((c) => phrasePattern(c.cue)).join('|')})(?![\\p{L}\\p{N}])${NOT_SPEECH}`;
const SPEECH_FILLERS = [FILLERS, ...data.speechFillers.map((f) => phrasePattern(f))].join('|');
const TAIL_SPEECH = new RegExp(`^(?:\\s*(?:${SPEECH_FILLERS}))*\\s*(${SPEECH_BODY})`, 'u');
const IS_SPEECH = new RegExp(`^${SPEECH_BODY}$`, 'u');
const CUE_ANY = new RegExp(`(?<![\\p{L}\\p{N}])(${CUE_BODY})`, 'gu');
const ANYWHERE = new Set(CUES.filter((c) => 'anywhere' in c && c.anywhere).map((c) => phrasePattern(c.cue)));
// Cues read only right after their person ("A làm việc với …"): heading a clause they tell where
// the person after them spoke ("Làm việc với đoàn, ông A cho biết …"), not another role.
const TAIL_ONLY = new RegExp(
  `^(?:${CUES.filter((c) => 'tailOnly' in c && c.tailOnly)
    .map((c) => phrasePattern(c.cue))
    .join('|')})$`,
  'u',
);
// "tờ trình … của Chủ tịch UBND tỉnh A về việc …": a person after "của" completes a noun (the
// author of a document, whose direction it was); a cue heading the clause is not theirs unless
// the cue itself ends in "của" ("dưới sự chủ trì của đồng chí A").
const OWNED = /(?<![\p{L}])của\s+(?:(?:các\s+)?(?:đồng\s+chí|ông|bà)\s+)?$/u;
const ANYWHERE_BEFORE = new RegExp(`(?:${[...ANYWHERE].join('|')})\\s+(?:(?:các\\s+)?(?:đồng\\s+chí|ông|bà)\\s*:?\\s*)?$`, 'u');
// Both asked of the same few cue texts at every person: each text's answer is made once.
const anywhereOf = new Map<string, boolean>();
const isAnywhere = (cue: string): boolean => {
  let a = anywhereOf.get(cue);
  if (a === undefined) anywhereOf.set(cue, (a = [...ANYWHERE].some((p) => new RegExp(`${p}$`, 'u').test(cue.replace(/\s+/g, ' ')))));
  return a;
};
// "đồng chí A – …; đồng chí B – … đồng chủ trì": a ";"-joined list shares its role too.
const JOINED = /^\s*(?:,|;|và|cùng)\s*(?:(?:các\s+)?(?:đồng\s+chí|ông|bà)\s*)?$/u;
const CLAUSE_HEAD = /(?:^|[,;:.])\s*$/u;
/** "Theo" heading a clause right before a person ("Theo ông A, …", "…, theo bà B, …"): the source of what follows. */
const ACCORDING_TO = /(?:^|[,;:.!?])\s*theo\s+(?:(?:ông|bà|đồng\s+chí)\s+)?$/u;
const AFTER_POSITIONS = /^\s*,/u;
// "đưa ra 11 đề xuất", "các báo cáo": a cue word after a count or a plural marker is a noun; the
// number of a unit ("Công an quận 2 cho biết", "Phòng số 4") is no count.
const NOUN_BEFORE = /(?:^|[^\p{L}])(?:(?<!(?:quận|phường|huyện|xã|tổ|khu|số|đội|ấp|thôn|khóa|khoá|lần|cụm|đoàn)\s+)\d+|các|những|nhiều)\s+$/u;

export interface RoleHit {
  mention: Mention;
  roles: ParticipantRole[];
  at: number;
}

/** What a cue text says, read once per text: its roles, and whether it counts only right after its person. */
type CueReading = { roles: ParticipantRole[]; tailOnly: boolean };
const readingOfCue = new Map<string, CueReading>();
const AT_PREFIX = new RegExp(`^${PREFIX}`, 'u');

function readingOf(cue: string): CueReading {
  let r = readingOfCue.get(cue);
  if (r === undefined) readingOfCue.set(cue, (r = readCue(cue)));
  return r;
}

const rolesOf = (cue: string): ParticipantRole[] => readingOf(cue).roles;

function readCue(cue: string): CueReading {
  const k = cue.replace(/\s+/g, ' ').replace(AT_PREFIX, '');
  const tailOnly = TAIL_ONLY.test(k);
  for (const [pattern, roles] of ROLES_OF) if (new RegExp(`^${pattern}$`, 'u').test(k)) return { roles, tailOnly };
  return { roles: [], tailOnly };
}

export function assignRoles(doc: Doc, all: Mention[], sentences: Span[]): RoleHit[] {
  // Offices told in narrative are no one's turn at the meeting.
  const mentions = all.filter((m) => !m.narrative);
  const tails = new Map<Mention, CueHit>();
  for (const m of mentions) {
    const after = doc.fold.slice(m.end, m.end + 80);
    // "Đại biểu A (đoàn B): Phát triển …": a statement headed by the speaker's name.
    if (m.name && STATEMENT_AFTER.test(doc.text.slice(m.end, m.end + 6))) {
      tails.set(m, { roles: ['spoke'], start: m.end, end: m.end + 1, speech: true });
      continue;
    }
    // "Theo ông A, Chủ tịch Hội Nông dân tỉnh, cần … “…”, ông A nói.": what follows is what the
    // official said there when the report closes it with their words; "theo" alone may cite a
    // source outside the meeting (a statement to the press).
    const by = ACCORDING_TO.exec(doc.fold.slice(Math.max(0, m.start - 40), m.start));
    if (m.name && m.positions.length > 0 && by && AFTER_POSITIONS.test(doc.fold.slice(m.end, m.end + 4)) && saysAfter(doc, m)) {
      const start = m.start - by[0].length + (by[0].length - by[0].trimStart().length);
      tails.set(m, { roles: ['spoke'], start, end: start + 4, speech: true });
      continue;
    }
    const t = cueAfter(after, m.end);
    if (t) {
      tails.set(m, t);
      continue;
    }
    const chained = chainTail(doc, m, mentions) ?? groupTail(doc, m, mentions) ?? describedTail(doc, m, mentions);
    if (chained) tails.set(m, chained);
  }
  // "đồng chí A và đồng chí B đồng chủ trì": A shares B's cue; across ";" only when A has no
  // cue of its own heading the clause ("Dự và chỉ đạo có đồng chí A – …; đồng chí B … chủ trì").
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = sorted.length - 2; i >= 0; i--) {
    const m = sorted[i];
    const next = sorted[i + 1];
    if (!m || !next) continue; // i + 1 < sorted.length: both are there
    const nextTail = tails.get(next);
    const gap = doc.fold.slice(m.end, next.start);
    if (tails.has(m) || !nextTail || !JOINED.test(gap)) continue;
    if (gap.includes(';') && leadOf(doc, sentences, tails, mentions, m)) continue;
    tails.set(m, nextTail);
  }
  const hits: RoleHit[] = [];
  const fallbacks: RoleHit[] = [];
  for (const m of mentions) {
    const tail = tails.get(m);
    // A speech verb after the person tells what was said; a cue heading the clause ("Kết luận
    // hội nghị, đồng chí A yêu cầu …") says what that speech was, and wins.
    const found = !tail || tail.speech ? leadOf(doc, sentences, tails, mentions, m) : null;
    const owned = found !== null && OWNED.test(doc.fold.slice(Math.max(0, m.start - 24), m.start));
    const lead = owned && found && !ANYWHERE_BEFORE.test(doc.fold.slice(found.at, m.start)) ? null : found;
    if (lead) hits.push({ mention: m, roles: lead.roles, at: lead.at });
    else if (tail) (tail.fallback ? fallbacks : hits).push({ mention: m, roles: tail.roles, at: tail.start });
    else {
      const side = sideOf(doc, sentences, mentions, m);
      if (side !== null) hits.push({ mention: m, roles: ['attended'], at: side });
    }
  }
  // "A làm việc với UBND huyện …" makes A a participant of the working session (attended) only
  // when nothing says more of what A did there: a leader who also speaks or concludes is that
  // (test/gold-genre 052, 099: "đã làm việc với …" then "Phát biểu tại cuộc làm việc, A …").
  const acted = new Set(hits.filter((h) => h.mention.name).map((h) => key(h.mention.name)));
  return [...hits, ...fallbacks.filter((h) => !acted.has(key(h.mention.name)))];
}

// "Về phía tỉnh Sóc Trăng có đồng chí A – …; đồng chí B – …": a working session's report lists who
// came for each side, every person of the list an attendee.
const ON_SIDE = /(?<![\p{L}])về\s+phía\s+[^,.;:!?]{1,40}?,?\s+(?:có|gồm)(?:\s+(?:sự\s+)?tham\s+dự\s+của)?(?=\s)/gu;

/** Where the side heading of `m`'s list starts ("Về phía tỉnh có …"), or null. */
function sideOf(doc: Doc, sentences: readonly Span[], mentions: Mention[], m: Mention): number | null {
  const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
  if (!s) return null;
  for (const h of doc.fold.slice(s.start, m.start).matchAll(ON_SIDE)) {
    const at = s.start + h.index;
    if (reachesList(doc, at + h[0].length, m.start, mentions)) return at;
  }
  return null;
}

/** `fallback`: a cue that gives its role only to a person with no other ("làm việc với"). */
type CueHit = { roles: ParticipantRole[]; start: number; end: number; speech: boolean; fallback?: boolean };

/** The role cue `TAIL` (or, when `speech`, `TAIL_SPEECH`) reads at the start of the folded `f`, which starts at `at`. */
function cueAfter(f: string, at: number, speech = true): CueHit | null {
  const t = TAIL.exec(f) ?? (speech ? TAIL_SPEECH.exec(f) : null);
  const cue = t?.[1] ?? t?.[2];
  if (!t || !cue) return null;
  const { roles, tailOnly } = readingOf(cue);
  // "Phó Thủ tướng A đã trực tiếp chỉ đạo, giao cho Thanh tra Chính phủ …": a direction followed
  // by the task it gives is an instruction told, not a part at the meeting.
  if (roles.includes('directed') && TASK_AFTER.test(f.slice(t[0].length, t[0].length + 20))) return null;
  // "A chủ trì, phát biểu khai mạc và bế mạc Hội nghị": verbs joined after the first are the same
  // person's acts at the meeting, each with its role.
  const all = new Set(roles);
  let end = t[0].length;
  for (let n = 0; n < MAX_JOINED_CUES; n++) {
    const j = JOINED_CUE.exec(f.slice(end));
    const rest = j ? f.slice(end + j[0].length) : '';
    const u = j ? (TAIL.exec(rest) ?? TAIL_SPEECH.exec(rest)) : null;
    const next = u?.[1] ?? u?.[2];
    // Right after the joint: a filler between ('và đã …') would be another clause.
    if (!j || !u || !next || /\S/u.test(u[0].slice(0, u[0].length - next.length))) break;
    for (const r of readingOf(next).roles) all.add(r);
    end += j[0].length + u[0].length;
  }
  return {
    roles: [...all],
    start: at + t[0].length - cue.length,
    end: at + t[0].length,
    speech: IS_SPEECH.test(cue),
    fallback: tailOnly && all.size === roles.length,
  };
}

const MAX_JOINED_CUES = 2;
const TASK_AFTER = /^\s*,\s*(?:giao|yêu\s+cầu|chỉ\s+thị)(?![\p{L}])/u;
const MANAGEMENT_SERIES = /(?:^|[^\p{L}])lãnh\s+đạo\s*,\s*$/u;
const JOINED_CUE = /^\s*(?:,|và)\s*(?=\p{L})/u;

// A person's title chain may go on past the offices the position reader knows ("Bí thư T.Ư
// Đảng, Chủ nhiệm Tổng cục Chính trị QĐND Việt Nam, Chủ tịch Hội đồng Thi đua - Khen thưởng
// Bộ Quốc phòng chủ trì …", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, đọc …"): the verb after the
// chain is still that person's. The chain is names only (capitalised words, abbreviations,
// level words, the lower-case syllables of a name's words), each further piece after a comma
// an office; the verb is written in lower case (a capitalised "Chỉ đạo" is part of a body's name).
const CHAIN_REACH = 240;
const CHAIN_ENDS = /[;:!?()"“”]|\.(?![\p{L}])/u;
const CHAIN_OPENS = /^(?:(?:và|-|–|—)\s+)?\p{Lu}/u;
const CHAIN_FILLERS = /(?:\s+(?:đã|cùng|đồng\s+thời|trực\s+tiếp))+\s*$/u;
const CHAIN_JOINS = new Set(['và', '-', '–', '—', 'của']);
const CHAIN_LEVELS = new Set(['tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'phường', 'trấn', 'tp']);
/** Lower-case words that are no part of a name: a clause goes on. */
const CHAIN_NOT_NAME = new Set([
  'đã',
  'đang',
  'vừa',
  'sẽ',
  'cùng',
  'cũng',
  'nghe',
  'với',
  'cho',
  'các',
  'những',
  'được',
  'là',
  'có',
  'tới',
  'đến',
  'về',
  'tại',
  'trong',
  'khi',
  'sau',
  'thì',
  'này',
  'đó',
]);
const LOCALITY_PIECE = /^(?:tỉnh|thành\s+phố|tp\.?|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường)\s+(?:\d{1,2}|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})$/u;
/** Lower-case words of a name after a capitalised one ("Ủy ban nhân dân", "Ban Chỉ đạo phòng chống"). */
const CHAIN_LOWER_RUN = 4;

function chainTail(doc: Doc, m: Mention, mentions: Mention[]): CueHit | null {
  if (m.positions.length === 0) return null;
  const region = doc.text.slice(m.end, Math.min(doc.text.length, m.end + CHAIN_REACH));
  const stop = CHAIN_ENDS.exec(region);
  const f = doc.fold.slice(m.end, m.end + (stop ? stop.index : region.length));
  for (const c of f.matchAll(CUE_ANY)) {
    const at = m.end + c.index;
    // A capitalised cue word is part of a body's name ("Trưởng Ban Chỉ đạo …"): read on.
    if (UPPER_LETTER.test(doc.text.charAt(at))) continue;
    if (NOUN_BEFORE.test(doc.fold.slice(Math.max(0, at - 16), at))) continue;
    if (!isTitleChain(doc, m.end, at, mentions)) return null;
    return cueAfter(doc.fold.slice(at, at + 80), at);
  }
  return null;
}

const OWN_WORDS_BEFORE = /(?:^|[^\p{L}])(?:rất|xin|chân\s+thành)\s+$/u;

/** A speech verb after a description of the person that no title reader took (describedSpeakers.ts). */
function describedTail(doc: Doc, m: Mention, mentions: Mention[]): CueHit | null {
  for (const at of describedCueStarts(doc, m, mentions)) {
    // "vụ đồng chí A, rất cảm ơn các bác …": a verb after "rất"/"xin" is the quoted speaker's own.
    if (OWN_WORDS_BEFORE.test(doc.fold.slice(Math.max(0, at - 16), at))) continue;
    const t = UPPER_LETTER.test(doc.text.charAt(at)) ? null : cueAfter(doc.fold.slice(at, at + 80), at);
    if (t) return t.speech ? t : null;
  }
  return null;
}

// "A, Chủ tịch Quốc hội; B, Bí thư Thành ủy; đại diện các cơ quan Trung ương đã dự phiên khai
// mạc": a list of attendees may end on members that are no persons (representatives, leaders,
// bodies); the cue after them is the whole list's.
const GROUP_MEMBER = /^\s*[,;]\s*(?:và\s+)?(?:đại\s+diện|lãnh\s+đạo|các|cùng)(?![\p{L}])/u;

function groupTail(doc: Doc, m: Mention, mentions: Mention[]): CueHit | null {
  const f = doc.fold.slice(m.end, m.end + CHAIN_REACH);
  const g = GROUP_MEMBER.exec(f);
  if (!g) return null;
  const stop = CHAIN_ENDS.exec(f.slice(g[0].length));
  const scope = f.slice(0, g[0].length + (stop ? stop.index : f.length));
  for (const c of scope.matchAll(CUE_ANY)) {
    const at = m.end + c.index;
    if (UPPER_LETTER.test(doc.text.charAt(at))) continue;
    if (mentions.some((x) => x.start > m.end && x.start < at)) return null;
    const t = cueAfter(doc.fold.slice(at, at + 80), at, false);
    return t && !t.speech ? t : null;
  }
  return null;
}

/** How far after "Theo ông A, …" the report may close the account with "ông A nói". */
const SAYS_REACH = 400;
const SAYS_NAME = /(?<![\p{L}])(?:ông|bà|đồng\s+chí)\s+(\p{L}+)/gu;
const SAYS_VERB = /^\s+(?:nói|cho\s+biết|khẳng\s+định|nhấn\s+mạnh)(?![\p{L}])/u;

/** The person's given name ("A" of "Nguyễn Văn A") with a speech verb after it, soon after the mention. */
function saysAfter(doc: Doc, m: Mention): boolean {
  const given = key(m.name).split(' ').pop();
  if (!given) return false;
  const f = doc.fold.slice(m.end, m.end + SAYS_REACH);
  for (const x of f.matchAll(SAYS_NAME)) {
    if (key(x[1] ?? '') === given && SAYS_VERB.test(f.slice(x.index + x[0].length))) return true;
  }
  return false;
}

/** [from, to) goes on with the person's title chain: no other person, names only, each piece after a comma an office. */
function isTitleChain(doc: Doc, from: number, to: number, mentions: Mention[]): boolean {
  if (mentions.some((x) => x.start >= from && x.start < to)) return false;
  const text = doc.text.slice(from, to).replace(CHAIN_FILLERS, '');
  let at = from;
  const pieces = text.split(',');
  for (const [i, piece] of pieces.entries()) {
    const start = at + (piece.length - piece.trimStart().length);
    at += piece.length + 1;
    const words = piece
      .trim()
      .split(/\s+/u)
      .filter((w) => w.length > 0);
    // The cue may follow a comma: "…, Chủ tịch HĐND tỉnh, đọc tờ trình".
    if (words.length === 0) {
      if (i === 0 || i === pieces.length - 1) continue;
      return false;
    }
    // The first piece may go on with a name written in sentence case ("Trưởng Ban Chỉ đạo
    // phòng chống thiên tai tỉnh"); every later one opens on a capital.
    // "…, Chủ tịch phường Bến Nghé, quận 3 cho biết": a later piece may be the locality of the
    // last office, a level word in lower case and its name or number.
    if (i > 0 && LOCALITY_PIECE.test(piece.trim())) continue;
    if (!CHAIN_OPENS.test(piece.trim()) && (i > 0 || /^\S/u.test(piece))) return false;
    if (i > 0) {
      const w = nextWord(doc, start);
      if (!w || !cap(w) || !TITLES.at(doc, w.start)) return false;
    }
    let lower = 0;
    for (const w of words) {
      const k = w.toLocaleLowerCase('vi');
      // "… Trưởng ban Kinh tế Trung ương Những ý kiến …" (line breaks lost): a plural marker opens no name.
      if (k === 'các' || k === 'những') return false;
      if (isCapitalized(w) || CHAIN_JOINS.has(k) || CHAIN_LEVELS.has(k)) {
        lower = 0;
        continue;
      }
      if (CHAIN_NOT_NAME.has(k) || ++lower > CHAIN_LOWER_RUN) return false;
    }
  }
  return true;
}

/** The cue heading the clause of `m`'s sentence (a module function: tsx names every closure made, at a cost). */
function leadOf(
  doc: Doc,
  sentences: readonly Span[],
  tails: ReadonlyMap<Mention, { start: number }>,
  mentions: Mention[],
  m: Mention,
): { roles: ParticipantRole[]; at: number } | null {
  const s = sentences.find((x) => x.start <= m.start && m.start < x.end);
  return s ? leadCue(doc, s.start, m.start, [...tails.values()], mentions) : null;
}

/** The nearest clause-heading cue in [from, to), not one that is another person's tail cue. */
function leadCue(doc: Doc, from: number, to: number, tails: Array<{ start: number }>, mentions: Mention[]): { roles: ParticipantRole[]; at: number } | null {
  const f = doc.fold.slice(from, to);
  let best: { roles: ParticipantRole[]; at: number } | null = null;
  CUE_ANY.lastIndex = 0;
  for (const m of f.matchAll(CUE_ANY)) {
    const at = from + m.index;
    // With line breaks lost a capitalised cue mid-sentence opens a new one ("… vấn đề dân sinh
    // Phát biểu kết luận hội nghị, ông A …": a subheading glued before it).
    const glued = UPPER_LETTER.test(doc.text.charAt(at)) && /\s$/u.test(f.slice(0, m.index));
    if (!CLAUSE_HEAD.test(f.slice(0, m.index)) && !glued && !isAnywhere(m[1] ?? '')) continue;
    if (tails.some((t) => t.start === at) || mentions.some((x) => x.start <= at && at < x.end)) continue;
    if (TAIL_ONLY.test((m[1] ?? '').replace(/\s+/g, ' '))) continue;
    // "Trong công tác lãnh đạo, chỉ đạo, tổ chức thực hiện …, đồng chí A chỉ rõ": a cue word in a
    // series of nouns of management names no act.
    if (MANAGEMENT_SERIES.test(f.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "dưới sự chủ trì của A, Ban Bí thư họp … kỷ luật B": a cue that names its person after it
    // reaches only the list right after it, not every later person of the sentence.
    if (isAnywhere(m[1] ?? '') && !reachesList(doc, at + (m[1] ?? '').length, to, mentions)) continue;
    // "Kết luận phần thảo luận …, nhấn mạnh …, Thủ tướng nêu rõ": clauses stacked before the
    // subject with no other person between them all tell what the subject did.
    const roles = rolesOf(m[1] ?? '');
    best = best !== null && noneBetween(mentions, best.at, at) ? { roles: [...new Set([...best.roles, ...roles])], at } : { roles, at };
  }
  return best;
}

const noneBetween = (mentions: Mention[], from: number, to: number): boolean => !mentions.some((x) => x.start > from && x.start < to);

/** The person at `to` is in the list that starts right after `from` (joined by ",", ";", "và"). */
function reachesList(doc: Doc, from: number, to: number, mentions: Mention[]): boolean {
  let at = from;
  for (const m of [...mentions].filter((x) => x.start >= from && x.start <= to).sort((a, b) => a.start - b.start)) {
    const gap = doc.fold.slice(at, m.start);
    if (at === from ? !/^\s*(?:(?:các\s+)?(?:đồng\s+chí|ông|bà)\s*:?\s*)?$/u.test(gap) : !JOINED.test(gap)) return false;
    if (m.start === to) return true;
    at = m.end;
  }
  return false;
}
