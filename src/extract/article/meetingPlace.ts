// Where a meeting was held, as its lead writes it: "Sáng 18/5, tại Hà Nội, Ban Bí thư … tổ chức
// Hội nghị …", "Ngày 19/5 tại TPHCM, …", "… khai mạc tại Nhà Quốc hội (Ba Đình, Hà Nội)". A place
// is a town, district or province, never a building (test/gold-genre/README.md): a building
// gives a place only through the locality written with it (its address in brackets, the body
// it belongs to: "tại Văn phòng Tỉnh ủy Bình Định").
import { cap, nextWord, type Doc } from './doc.js';
import { LEVELS } from './lexicon.js';
import { placeAfter, type OrgMatch } from './orgParser.js';
import { scanOrganizations } from './organizations.js';
import type { MeetingLead } from './meetingLeads.js';
import type { Span } from './sentences.js';
import { key } from './text.js';

// "tại" opening the lead's adverbial of place: at the sentence start, after a comma or the day
// ("Ngày 19/5 tại …"), or after a verb of holding ("đã khai mạc trọng thể tại …"). Elsewhere it
// belongs to a phrase of the subject ("kiểm tra công tác cán bộ tại Tỉnh ủy …", "100 năm Cách
// mạng Tháng 10 tại Nga").
const OPENS_PLACE = /(?:^|[,;:]|\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|(?<![\p{L}])(?:diễn ra|khai mạc|bế mạc|tổ chức|họp)(?: trọng thể)?)\s*$/u;
// "Bà Rịa - Vũng Tàu": a province named in two parts.
const PART_DASH = /^\s*[-–]\s*/u;
const AT = /(?<![\p{L}])tại\s+/gu;
// "Thủ đô Hà Nội": the capital's title before its name.
const CAPITAL_TITLE = /^thủ đô\s+/u;
// A bridge point of an online meeting is not where it was held (test/gold-genre/README.md).
const BRIDGE = /^(?:các\s+)?điểm cầu(?![\p{L}])/u;
// What may follow a place's name in the lead: punctuation, or the phrase of time or the verb that comes next.
const AFTER_PLACE = /^\s*(?:[,.;:()–-]|$|(?:vào|ngày|sáng|chiều|tối|trưa|từ|trong|đã|đang|do|diễn ra)(?![\p{L}]))/u;
// Hồ Chí Minh City written with its level word in one ("TPHCM", "TP.HCM", "TP HCM"), or the level short ("TP Hà Nội").
const HCM_SHORT = /^(?:TPHCM|TP\.?\s?HCM)(?![\p{L}\p{N}])/u;
const CITY_LEVEL = /^(?:TP|Tp)(?:\.\s*|\s+)/u;
/** How far after "tại" its phrase is read (characters): a venue and its address. */
const PHRASE_CHARS = 120;

/**
 * Where the lead's meeting was held: the place its sentence writes; else, for a working
 * session, its host's locality ("làm việc với UBND huyện Củ Chi", "với tỉnh Lâm Đồng": the
 * visitors come to the host, test/gold-genre/README.md); else the organizers' locality.
 */
export function meetingPlace(doc: Doc, lead: MeetingLead, organizersPlace: string | null): string | null {
  return (
    heldIn(doc, lead.sentence) ??
    retoldIn(doc, lead) ??
    (lead.shape === 'working' ? hostPlace(doc, lead.titleSpan) : titledHostPlace(doc, lead.titleSpan)) ??
    votersPlace(doc, lead.titleSpan, lead.sentence.start) ??
    ofCommune(doc, lead.organizer, organizersPlace) ??
    chairsPlace(doc, lead) ??
    numberedDistrictCity(doc, lead.organizer)
  );
}

/** "Kỳ họp … khai mạc tại Nhà Quốc hội vào sáng 22/5." then "Sáng 22/5, … tại Nhà Quốc hội (Ba Đình, Hà Nội)": the place either telling writes. */
function retoldIn(doc: Doc, lead: MeetingLead): string | null {
  for (const s of lead.retold ?? []) {
    const place = heldIn(doc, s);
    if (place) return place;
  }
  return null;
}

/**
 * "tiếp xúc cử tri quận Hoàn Kiếm", "tiếp xúc cử tri huyện X": a meeting with a locality's voters
 * is held in it; a commune's or ward's is in its district, which the phrase does not write.
 */
const WITH_VOTERS = /(?<![\p{L}])tiếp\s+xúc\s+(?:với\s+)?cử\s+tri\s+/u;
const COMMUNE_LEVELS = new Set(['xã', 'phường', 'thị trấn']);

function votersPlace(doc: Doc, title: Span, sentenceStart: number): string | null {
  const m = WITH_VOTERS.exec(doc.fold.slice(title.start, title.end));
  if (!m) return null;
  const at = title.start + m.index + m[0].length;
  const level = LEVELS.at(doc, at);
  if (!level || COMMUNE_LEVELS.has(key(level.canonical))) return null;
  // "cử tri tỉnh này": this province is the last one of that level written before, in the sentence.
  if (THIS.test(doc.fold.slice(level.end, level.end + 5))) return lastOfLevel(doc, sentenceStart, title.start, key(level.canonical));
  const place = twoParts(doc, placeAfter(doc, level.end));
  return place && place.end <= title.end ? place.text : null;
}
const THIS = /^\s+này(?![\p{L}])/u;

function lastOfLevel(doc: Doc, from: number, to: number, level: string): string | null {
  let found: string | null = null;
  for (let at = doc.fold.indexOf(level, from); at >= 0 && at < to; at = doc.fold.indexOf(level, at + 1)) {
    const hit = LEVELS.at(doc, at);
    if (!hit || key(hit.canonical) !== level) continue;
    const place = twoParts(doc, placeAfter(doc, hit.end));
    if (place && place.end <= to) found = place.text;
  }
  return found;
}

/**
 * "UBND xã An Phước (huyện Long Thành, Đồng Nai) tổ chức …": a commune is no place of the contract
 * (towns, districts, provinces), so a commune's meeting is in the district written with it (in
 * brackets or after a comma); with none written, it has no place.
 */
const DISTRICT_LEVELS = new Set(['huyện', 'thị xã', 'thành phố']);
const WITH_PARENT = /^\s*[(,]\s*/u;

function ofCommune(doc: Doc, organizer: Span, organizersPlace: string | null): string | null {
  if (organizersPlace === null) return null;
  const bodies = scanOrganizations(doc, organizer.start, organizer.end, []);
  // "Thường vụ Quân ủy Trung ương và Thường vụ Thành ủy Hà Nội phối hợp tổ chức …": a meeting
  // a central body holds first, with a local one, sits at the central body's choice; only a
  // written place tells. The body named first hosts ("UBND tỉnh X phối hợp cùng Bộ Y tổ chức …" is in X).
  if (bodies[0]?.national === true && bodies.some((o) => !o.national)) return null;
  const body = bodies.find(placed);
  return body?.place === organizersPlace ? localityOf(doc, body) : organizersPlace;
}

/** A body's place as the contract has places: a commune's body gives the district written with it, else none. */
function localityOf(doc: Doc, body: OrgMatch): string | null {
  if (!body.level || !COMMUNE_LEVELS.has(key(body.level))) return body.place;
  const sep = WITH_PARENT.exec(doc.text.slice(body.end, body.end + 4));
  if (!sep) return null;
  const at = body.end + sep[0].length;
  const short = CITY_LEVEL.exec(doc.text.slice(at, at + 4));
  const level = short ? { end: at + short[0].length, canonical: 'thành phố' } : LEVELS.at(doc, at);
  if (!level || !DISTRICT_LEVELS.has(key(level.canonical))) return null;
  return twoParts(doc, placeAfter(doc, level.end))?.text ?? null;
}

/**
 * "Chiều 9/2, ông A - Chủ tịch UBND thành phố X chủ trì hội nghị giao ban …", "Phó Chủ tịch
 * UBND tỉnh Y làm việc với lãnh đạo các sở, ngành …": an official who chairs a meeting, or works
 * with the departments under his body, does so where his body sits (a lead with a person as
 * subject names no organizer body to place it by).
 */
const CHAIRS = /(?<![\p{L}])(?:đồng\s+)?(?:chủ\s+trì|điều\s+hành)(?![\p{L}])/u;
const OWN_DEPARTMENTS = /^(?:(?:các\s+)?lãnh\s+đạo\s+)?(?:các|những)\s+(?:sở|ban|ngành|phòng|đơn\s+vị|cơ\s+quan)(?![\p{L}])/u;

function chairsPlace(doc: Doc, lead: MeetingLead): string | null {
  const { organizer, titleSpan } = lead;
  if (organizer.end <= organizer.start || titleSpan.start < organizer.end) return null;
  const verb = doc.fold.slice(organizer.end, titleSpan.start);
  const own = lead.shape === 'working' ? OWN_DEPARTMENTS.test(doc.fold.slice(titleSpan.start, titleSpan.end)) : CHAIRS.test(verb);
  if (!own) return null;
  // The official's first body: with a minister named first ("Bộ trưởng Bộ X; ông A, Phó Chủ tịch UBND tỉnh Y"), it is not the province's.
  const first = scanOrganizations(doc, organizer.start, organizer.end, [])[0];
  return first && placed(first) && first.level !== null ? localityOf(doc, first) : null;
}

// "Phát biểu tại buổi làm việc với lãnh đạo huyện Phúc Thọ, …": a working session named by its
// title, its host after "làm việc với".
const WORKING_WITH = /^(?:buổi|cuộc)\s+làm\s+việc\s+với\s+/u;
// The leaders of a locality ("lãnh đạo (các) huyện X") are hosted in it, as its bodies are.
const LEADERS_OF = /^(?:(?:các\s+)?lãnh\s+đạo\s+)/u;

function titledHostPlace(doc: Doc, title: Span): string | null {
  const m = WORKING_WITH.exec(doc.fold.slice(title.start, title.end));
  return m ? hostPlace(doc, { start: title.start + m[0].length, end: title.end }) : null;
}

// Only Hồ Chí Minh City numbers its urban districts ("Quận 1" to "Quận 12"; every other city's
// quận has a name): a body of "quận N" whose city the text does not write is in Hồ Chí Minh.
const NUMBERED_DISTRICT = /(?<![\p{L}])(?:quận|q\.)\s*(?:[1-9]|1[0-2])(?![\p{N}])/u;

function numberedDistrictCity(doc: Doc, organizer: Span): string | null {
  return organizer.end > organizer.start && NUMBERED_DISTRICT.test(doc.fold.slice(organizer.start, organizer.end)) ? 'Hồ Chí Minh' : null;
}

/** The locality of the host a working session's title names first: "tỉnh Lâm Đồng", "UBND huyện Củ Chi". */
function hostPlace(doc: Doc, span: Span): string | null {
  const leaders = LEADERS_OF.exec(doc.fold.slice(span.start, span.end));
  const host = leaders ? { start: span.start + leaders[0].length, end: span.end } : span;
  const w = nextWord(doc, host.start);
  const level = w && !cap(w) ? LEVELS.at(doc, host.start) : null;
  const bare = level ? twoParts(doc, placeAfter(doc, level.end)) : null;
  if (bare && bare.end <= host.end) return bare.text;
  // A host body named with its level ("Công an tỉnh X", "Tỉnh ủy X"): a unit's own name ("Đảng ủy Trường …") is no locality.
  return scanOrganizations(doc, host.start, host.end, []).find((o) => o.level !== null && placed(o))?.place ?? null;
}

/** A local body with its place's name; an initial ("Q.2", a district by number) names none. */
const placed = (o: OrgMatch): boolean => !o.national && o.place !== null && /\p{L}{2}/u.test(o.place);

/** The place where the meeting of this lead sentence was held, when the sentence writes it; else null. */
export function heldIn(doc: Doc, sentence: Span): string | null {
  const fold = doc.fold.slice(sentence.start, sentence.end);
  for (const m of fold.matchAll(AT)) {
    if (!OPENS_PLACE.test(fold.slice(Math.max(0, m.index - 40), m.index))) continue;
    const place = placeOfPhrase(doc, sentence.start + m.index + m[0].length, sentence.end);
    if (place) return place;
  }
  return null;
}

/** The locality the phrase at `pos` (just after "tại") names. */
function placeOfPhrase(doc: Doc, pos: number, end: number): string | null {
  const capital = CAPITAL_TITLE.exec(doc.fold.slice(pos, pos + 10));
  const at = pos + (capital?.[0].length ?? 0);
  if (BRIDGE.test(doc.fold.slice(at, at + 20))) return null;
  const direct = localityAt(doc, at, end);
  if (direct) return direct;
  // The clause the phrase stands in: up to the next comma (a bracketed address kept whole).
  const limit = Math.min(end, at + PHRASE_CHARS);
  const open = doc.text.indexOf('(', at);
  const comma = doc.text.indexOf(',', at);
  if (open >= 0 && open < limit && (comma < 0 || comma > open)) {
    // "Nhà Quốc hội (Ba Đình, Hà Nội)": the address's last part is the city (rather than its urban
    // district). A bracket opened in the sentence is read to its close even where a stop inside it
    // ended the sentence ("(Ba Đình. Hà Nội)").
    const close = doc.text.indexOf(')', open);
    if (close > open && close < at + PHRASE_CHARS) return lastLocality(doc, open + 1, close);
  }
  const clauseEnd = comma >= 0 && comma < limit ? comma : limit;
  // "tại Văn phòng Tỉnh ủy Bình Định": a body's building, in the body's locality.
  const body = scanOrganizations(doc, at, clauseEnd, []).find(placed);
  if (!body?.place) return null;
  // The body's place as read, completed when it is a two-part name cut at its dash.
  const cut = PART_DASH.test(doc.text.slice(body.end, body.end + 4)) ? twoParts(doc, { text: body.place, end: body.end }) : null;
  return cut?.text ?? body.place;
}

/** "Hà Nội", "tỉnh Quảng Nam", "TP.HCM" at `pos`, its name ending where the lead's phrase does. */
function localityAt(doc: Doc, pos: number, end: number): string | null {
  const hcm = HCM_SHORT.exec(doc.text.slice(pos, pos + 8));
  if (hcm) return AFTER_PLACE.test(doc.fold.slice(pos + hcm[0].length, end)) ? 'Hồ Chí Minh' : null;
  const w = nextWord(doc, pos);
  if (!w) return null;
  const short = CITY_LEVEL.exec(doc.text.slice(pos, pos + 4));
  const level = short ? null : LEVELS.at(doc, pos);
  // A level word in lower case before the name; one written with a capital is skipped by placeAfter.
  const from = short ? pos + short[0].length : level && !cap(w) ? level.end : pos;
  const place = twoParts(doc, placeAfter(doc, from));
  return place && place.end <= end && AFTER_PLACE.test(doc.fold.slice(place.end, end)) ? place.text : null;
}

/** A place's name with its second part after a dash ("Bà Rịa - Vũng Tàu"), when one follows. */
function twoParts(doc: Doc, first: { text: string; end: number } | null): { text: string; end: number } | null {
  const dash = first ? PART_DASH.exec(doc.text.slice(first.end, first.end + 4)) : null;
  const second = first && dash ? placeAfter(doc, first.end + dash[0].length) : null;
  return first && second ? { text: `${first.text} - ${second.text}`, end: second.end } : first;
}

/** The last locality of a bracketed address "(Ba Đình, Hà Nội)", its parts split at commas or dots. */
function lastLocality(doc: Doc, from: number, to: number): string | null {
  let found: string | null = null;
  for (const part of doc.text.slice(from, to).matchAll(/[^,.;]+/gu)) {
    const lead = /^\s*/u.exec(part[0])?.[0].length ?? 0;
    found = localityAt(doc, from + part.index + lead, from + part.index + part[0].length) ?? found;
  }
  return found;
}
