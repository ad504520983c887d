// Reads one body name at an offset, by the shape Vietnamese administrative names take:
//   national body                         "Bộ Chính trị", "Thủ tướng Chính phủ"
//   [committee part] committee [Place]    "Ban Thường vụ Tỉnh ủy", "huyện ủy", "Thành ủy Hà Tĩnh"
//   level head level [Place]              "UBND huyện Tịnh Biên", "Ủy ban nhân dân thành phố"
//   head field [committee|level] [Place]  "Ban Tuyên giáo Tỉnh ủy", "Khối Khoa giáo huyện Tịnh Biên"
// The proper place name is split off into `place`; the level word stays in the name.
import { cap, firstWordFrom, following, isAcronym, nextWord, type Doc, type Word } from './doc.js';
import {
  COMMITTEES,
  COMMITTEE_LEVEL,
  COMMITTEE_PARTS,
  COMMITTEE_PART_ALIASES,
  FIELDS,
  FIELD_NOUNS,
  FORCES,
  HEAD_INFO,
  HEADS,
  LEVEL_HEADS,
  LEVELS,
  NATIONAL,
  NATIONAL_NAMES,
  FIGURE_NAMES,
  NATIONAL_SUFFIX,
  NOT_HEADS,
  TITLES,
  VENUES,
  isSurname,
  type PhraseHit,
} from './lexicon.js';
import { bareKey, capitalizeFirst, key } from './text.js';
import orgWords from '../data/article/organizations.json' with { type: 'json' };

export interface OrgMatch {
  name: string;
  place: string | null;
  /** Level the body works at ("tỉnh", "huyện" …), null when the name does not say. */
  level: string | null;
  /** The name ends in a committee or level word (not a bare "Ban Tuyên giáo"). */
  anchored: boolean;
  /** The Party committee the body belongs to ("Huyện ủy" of "Ban Dân vận Huyện ủy"), or null. */
  committee?: string | null;
  national: boolean;
  /** A name that is part of a position but no body of the report ("đoàn kiểm tra số 471", sent by no one named). */
  unnamed?: boolean;
  /** The body that sent a team ("Ban Bí thư" of "Đoàn kiểm tra của Ban Bí thư"), a body of the report too. */
  sender?: OrgMatch;
  start: number;
  end: number;
}

const MAX_PLACE_WORDS = 4;
const NOT_PLACE_START = /^nhân\s+dân(?![\p{L}])/u;
const MAX_LOWER_RUN = 4;
/** Function words never inside a body's name: "Đoàn Thanh niên các xã" names no body. */
// Patterns of hot functions made once (a literal with \p{…} is rebuilt at every call once compiled by esbuild, as tsx does).
const SPACE_CAPITAL = /\s\p{Lu}/u;
// "Thi đua - Khen thưởng", "Văn hóa-Xã hội": a dash joins two fields into one, spaced or not;
// "Tài nguyên & Môi trường": so does "&", written for "và".
const FIELD_GAP = /^(\s*[-–&]\s*|\s+và\s+|,\s+(?=\p{Lu}\p{Ll}*\s+và\s))?/u;
// "Đài Truyền thanh - Truyền hình", "Trung tâm Y tế & Dân số": a dash or "&" after a level head's field joins a second field.
const JOIN_AFTER = /^\s*[-–&]/u;
const LOCAL_ONLY = /^(?:ubnd|hđnd|(?:ủy|uỷ) ban nhân dân|hội đồng nhân dân|tt\.? (?:hđnd|ubnd)|thường trực h)/u;
const UNIT_DASH = /^[^\S\n]*[-–][^\S\n]*(?=\p{Lu})/u;
const COUNTRY_SHORT = /^[^\S\n]+VN(?![\p{L}\p{N}])/u;
const STATE_AGENCY = / Nhà nước$/u;
const LETTER_DOT = /^\p{Lu}\.$/u;
const RUN_STOP = new Set(['các', 'những', 'của', 'và', 'trong', 'ở', 'tại', 'với', 'cho', 'đã', 'được', 'là', 'thuộc']);
/** Function words and auxiliaries that begin a predicate, never the lower syllable of a field ("Tổng cục Thuế yêu cầu"). */
const FIELD_STOP = new Set([
  ...RUN_STOP,
  'hay',
  'hoặc',
  'yêu',
  'vừa',
  'sẽ',
  'đang',
  'có',
  'cần',
  'cũng',
  'không',
  'phải',
  'đề',
  'theo',
  'khi',
  'về',
  'do',
  'mới',
  'nêu',
  'tổ',
  'tiếp',
  'chưa',
]);

/** A body named at `pos`; `impliedHead` when a title carries the head ("Trưởng ban" → "Ban"). */
export function parseOrgAt(doc: Doc, pos: number, impliedHead?: string, strictCase = false): OrgMatch | null {
  // Every reader (people, positions, each scan for bodies) asks at the same offsets: the answer
  // is read once per document (no reader changes an OrgMatch). An implied head is rare: not kept.
  if (impliedHead !== undefined || pos < 0) return parseOrgAtCountry(doc, pos, impliedHead, strictCase);
  const k = strictCase ? 2 * pos + 1 : 2 * pos;
  let o = doc.orgs.get(k);
  if (o === undefined) doc.orgs.set(k, (o = parseOrgAtCountry(doc, pos, undefined, strictCase)));
  return o;
}

function parseOrgAtCountry(doc: Doc, pos: number, impliedHead: string | undefined, strictCase: boolean): OrgMatch | null {
  const o = parseOrgAtRaw(doc, pos, impliedHead, strictCase);
  // "Mặt trận Tổ quốc Việt Nam", "Hội Nông dân Việt Nam": the country is part of a national body's name, no place.
  return o?.place === 'Việt Nam' ? { ...o, name: `${o.name} Việt Nam`, place: null, level: null, national: true } : o;
}

function parseOrgAtRaw(doc: Doc, pos: number, impliedHead?: string, strictCase = false): OrgMatch | null {
  const first = nextWord(doc, pos);
  if (!first) return null;
  if (impliedHead) return (impliedHead === 'Đoàn' ? teamAt(doc, first.start, true) : null) ?? afterHead(doc, impliedHead, first.start, first.start, true, true);
  const start = first.start;
  const team = teamAt(doc, start);
  if (team) return team;
  // "Hội trường", "Ban tổ chức" (of an event): lower case after the head; "Ban Tổ chức" is a body.
  const notHead = NOT_HEADS.at(doc, start);
  if (notHead && !SPACE_CAPITAL.test(doc.text.slice(start, notHead.end))) return null;
  // "tại Trung tâm Hội nghị Quốc gia": a building named for what is held in it is a venue.
  if (VENUES.at(doc, start)) return null;

  const national = NATIONAL.at(doc, start);
  if (national && cap(first)) {
    // "Ban Bí thư T.Ư": a central body that is also named with "Trung ương" takes it written short, as written.
    const more = NATIONAL_NAMES.has(key(`${national.canonical} Trung ương`)) ? centralSuffixAt(doc, national.end) : null;
    const name = more ? `${national.canonical} ${more.text}` : national.canonical;
    // "Ban Chấp hành Trung ương Đoàn …": the centre of a mass organisation, named with it.
    if (more || / Trung ương$/u.test(national.canonical)) return centralBody(doc, name, more?.end ?? national.end, start);
    // "Ngân hàng Nhà nước tỉnh Bình Định", "Kho bạc Nhà nước huyện": a State agency ("… Nhà nước")
    // has branches, named by the agency with the level word (the Party's and Quốc hội's organs have none:
    // "Đại biểu Quốc hội tỉnh X" is a deputy of the province).
    // "Ngân hàng nhà nước (NHNN) tỉnh": the level after the name's bracketed abbreviation.
    const branch = STATE_AGENCY.test(national.canonical) ? (levelAt(doc, national.end) ?? levelAfterAbbreviation(doc, national.end)) : null;
    if (branch) return atLevel(doc, name, branch, start);
    return { name, place: null, level: null, anchored: true, national: true, start, end: national.end };
  }
  // "Bí thư T.Ư Đảng", "Ủy viên TW": "Trung ương (Đảng)" written short, the rank's body (no body of
  // the report, as "Trung ương Đảng" is not), kept as written.
  // "T.Ư Hội NDVN", "Trung ương Đoàn": the centre of a mass organisation ("Trung ương" alone is none).
  const short = cap(first) ? centralSuffixAt(doc, start) : null;
  const centre = short ? centralBody(doc, short.text, short.end, start) : null;
  if (short && centre && (centre.end > short.end || !/^trung$/iu.test(first.text))) return centre;

  const lh = LEVEL_HEADS.at(doc, start);
  // "Công an Nhân dân", "Quân đội Nhân dân": the name of a force, no body in a place "Nhân" (O6).
  if (lh && NOT_PLACE_START.test(doc.fold.slice(nextWord(doc, lh.end)?.start ?? lh.end, (nextWord(doc, lh.end)?.start ?? lh.end) + 12))) return null;
  // "thường trực HĐND TP" (O2): a lower-case committee part written with its capitalised council and level.
  const lowerLhPart = lh && !cap(first) ? COMMITTEE_PARTS.at(doc, start) : null;
  const partBody = lowerLhPart ? nextWord(doc, lowerLhPart.end) : null;
  const partOn = lh && lowerLhPart && partBody && lowerLhPart.end < lh.end && isAcronym(partBody) ? levelAt(doc, lh.end) : null;
  if (lh && partOn) return atLevel(doc, capitalizeFirst(written(doc, lh)), partOn, start);
  if (lh && (cap(first) || isAcronym(first))) {
    // "MTTQ VN", "Ủy ban MTTQ VN tỉnh Bắc Giang": "Việt Nam" written short is part of the Front's
    // or a mass organisation's name, as written in full ("Ủy ban MTTQ Việt Nam"); national with no level after it.
    // A people's council or committee is only local: "UBND VN" names none.
    const vn = LOCAL_ONLY.test(key(lh.canonical)) ? null : COUNTRY_SHORT.exec(doc.text.slice(lh.end, lh.end + 5));
    if (vn) {
      const end = lh.end + vn[0].length;
      const vlv = levelAt(doc, end);
      const name = `${written(doc, lh)} VN`;
      if (vlv) return atLevel(doc, name, vlv, start);
      return { name, place: null, level: null, anchored: true, national: true, start, end };
    }
    // "Công an Trung ương", "Hội Nông dân Trung ương": the centre of a force or a mass
    // organisation is named with "Trung ương" (no place "Trung"); a people's council is only local.
    const central = LOCAL_ONLY.test(key(lh.canonical)) ? null : centralSuffixAt(doc, lh.end);
    if (central) return centralBody(doc, `${written(doc, lh)} ${central.text}`, central.end, start);
    // "Hội đồng Nhân dân (HĐND) Thành phố Hồ Chí Minh": the name's abbreviation, given once in
    // brackets where it is first written in full, stands inside the name; the level follows it.
    const lv = levelAt(doc, lh.end) ?? levelAfterAbbreviation(doc, lh.end);
    if (lv) return atLevel(doc, written(doc, lh), lv, start);
    // "Đài Truyền thanh - Truyền hình thành phố": the head's field goes on, then its level.
    const joined = lh.canonical.includes(' ') && !isAcronym(first) && JOIN_AFTER.test(doc.text.slice(lh.end, lh.end + 3)) ? continueField(doc, lh.end) : null;
    const jlv = joined ? levelAt(doc, joined.end) : null;
    if (joined && jlv) return atLevel(doc, doc.text.slice(start, joined.end).replace(/\s+/g, ' '), jlv, start);
    // "Thanh tra Chính phủ", "Thanh tra Bộ Tài chính": the inspectorate of a national body.
    const owner = cap(first) ? ownerAfter(doc, lh.end) : null;
    if (owner) return owned(`${written(doc, lh)} ${owner.name}`, owner, start);
    // "Bảo hiểm xã hội (BHXH) Việt Nam": the place after the name's bracketed abbreviation.
    const abbreviation = BRACKETED_ABBREVIATION.exec(doc.text.slice(lh.end, lh.end + 16));
    const place = placeAfter(doc, lh.end) ?? (abbreviation ? placeAfter(doc, lh.end + abbreviation[0].length) : null);
    // "MTTQ Việt Nam xã Quế Phú": the country is part of the Front's name, the level and place follow it.
    const country = place && key(place.text) === COUNTRY ? levelAt(doc, place.end) : null;
    if (country) return atLevel(doc, `${written(doc, lh)} ${place?.text ?? ''}`, country, start);
    if (place) return { name: written(doc, lh), place: place.text, level: null, anchored: true, national: false, start, end: place.end };
    // "lãnh đạo UBND, TT HĐND, UBMTTQVN huyện; MTTQ và các đoàn thể" (O3): an abbreviation in a
    // list of bodies is a body as written, its level given once for the list or not at all.
    if (isAcronym(first) && !NEVER_BARE.test(key(lh.canonical)) && /^\s*(?:[,;]|và\s)/u.test(doc.text.slice(lh.end, lh.end + 4))) {
      return { name: written(doc, lh), place: null, level: null, anchored: false, national: false, start, end: lh.end };
    }
    // "Hội Nông dân", "Đoàn Thanh niên" are whole names without a level; "UBND" alone is not.
    // A people's council or committee exists at every level: written in full with neither
    // level nor place ("Chủ tịch Ủy ban nhân dân" of a class of offices) it names none. So does
    // the Front: "vai trò giám sát của Mặt trận Tổ quốc" is the institution, "Mặt trận Tổ quốc
    // Việt Nam" (national) or "Mặt trận Tổ quốc huyện" a body.
    if (lh.canonical.includes(' ') && cap(first)) {
      const everyLevel = EVERY_LEVEL.test(key(lh.canonical));
      return {
        name: written(doc, lh),
        place: null,
        level: null,
        anchored: false,
        national: false,
        ...(everyLevel ? { unnamed: true } : {}),
        start,
        end: lh.end,
      };
    }
  }

  const part = COMMITTEE_PARTS.at(doc, start);
  // "trình thường trực Huyện ủy" (O2): a lower-case head of a committee written with its committee.
  const lowerPart = part && !cap(first) && cap(nextWord(doc, part.end)) ? committeeAt(doc, part.end) : null;
  if (part && lowerPart) return lowerPart.extend(doc, `${capitalizeFirst(written(doc, part))} ${lowerPart.hit.canonical}`, start);
  if (part && cap(first)) {
    const c = committeeAt(doc, part.end);
    const partName = COMMITTEE_PART_ALIASES.get(part.canonical) ?? written(doc, part);
    if (c) return c.extend(doc, `${partName} ${c.hit.canonical}`, start);
    // "Ban cán sự đảng UBND tỉnh": the part of a people's committee or council.
    const ofBody = ofLevelBody(doc, part.end, partName, start);
    if (ofBody) return ofBody;
    // "Ban cán sự Đảng Bộ Kế hoạch và Đầu tư", "Đảng đoàn Quốc hội": the Party's body inside a
    // ministry or a national institution, named with it as written.
    const host = nextWord(doc, part.end);
    const partyInside = /^(?:ban cán sự đảng|đảng đoàn)$/u.test(key(part.canonical));
    const inside = partyInside && host && cap(host) && !COMMITTEES.at(doc, host.start) ? parseOrgAt(doc, host.start) : null;
    if (inside && (inside.national || /^Bộ\s/u.test(inside.name))) {
      return { ...inside, name: `${written(doc, part)} ${inside.name}`, national: true, committee: null, start };
    }
    // "BCH Trung ương Đảng": a part of the Central Committee, national, kept as written.
    const central = centralSuffixAt(doc, part.end);
    if (central && cap(nextWord(doc, part.end))) return centralBody(doc, `${partName} ${central.text}`, central.end, start);
    // "Ban Thường vụ Quân ủy Trung ương": a part of a central part.
    const inner = host && cap(host) && COMMITTEE_PARTS.at(doc, host.start) ? parseOrgAt(doc, host.start) : null;
    if (inner?.national && inner.start === host?.start) return { ...inner, name: `${partName} ${inner.name}`, start };
    // "Ủy viên BTV, Trưởng ban …": the committee comes with a later position (people.ts).
    // "Bí thư Ban cán sự Đảng, Bộ trưởng …": a part whose name ends there is the office's body, unanchored.
    if (isAcronym(first) || /^\s*[,;–]/u.test(doc.text.slice(part.end, part.end + 3)))
      return { name: partName, place: null, level: null, anchored: false, national: false, start, end: part.end };
  }
  const c = committeeAt(doc, start);
  if (c) {
    const o = c.extend(doc, c.hit.canonical, start);
    // Read on its own, a lower-case committee word is generic ("các huyện, thành ủy trực
    // thuộc") unless its place follows; inside a position or a body name it is the body.
    return strictCase && !cap(first) && !o.place ? null : o;
  }

  const head = HEADS.at(doc, start);
  if (!head) return null;
  const info = HEAD_INFO.get(head.canonical);
  const headCap = cap(first);
  // The heads of a council's or a department's units ("lowercaseUnit") are read in lower case too when a name follows.
  if (!headCap && !info?.lowercaseOk) return info?.lowercaseUnit ? lowerUnit(doc, head.canonical, head.end, start) : null;
  // Such a head in capitals ("NHIỆM VỤ VÀ GIẢI PHÁP") is a word of a shouted heading.
  // "Vụ Đông Xuân", "vụ Hè Thu" are crop seasons; "Vụ TNGT" is an accident: the field of such
  // a head is a capitalised word, no abbreviation.
  const fieldWord = info?.capitalField ? nextWord(doc, head.end) : null;
  if (
    info?.capitalField &&
    (!fieldWord ||
      !cap(fieldWord) ||
      (isAcronym(fieldWord) && !/^[IVX]+$/u.test(fieldWord.text)) ||
      isAcronym(first) ||
      CROP_SEASON.test(doc.fold.slice(fieldWord.start, fieldWord.start + 12)))
  )
    return null;
  if (info?.serviceField && fieldWord === null && !serviceFieldAt(doc, head.end)) return null;
  return afterHead(doc, head.canonical, head.end, start, headCap);
}

/**
 * "phòng văn hóa thông tin thành phố", "phòng Quản lý đô thị", "phòng cảnh sát PCCC số 4": the
 * head of an administrative unit written in lower case still names the unit when a name follows
 * it: a capitalised field compound (a capital, then its lower-case syllable: no place name), or a
 * field run that reaches the unit's level word or number. "phòng" alone is a room ("phòng họp
 * của huyện", "phòng khám"). Named with the head's canonical capital (Nghị định 30/2020).
 */
function lowerUnit(doc: Doc, head: string, pos: number, start: number): OrgMatch | null {
  // The head opens a phrase of its own: after a clause mark or a word that governs a body
  // ("phối hợp với phòng …", "yêu cầu phòng …"), not inside a compound ("Bộ Quốc phòng", "trụ sở").
  if (!UNIT_BEFORE.test(doc.fold.slice(Math.max(0, start - 12), start))) return null;
  const w0 = nextWord(doc, pos);
  if (!w0 || !/^[^\S\n]+$/u.test(doc.text.slice(pos, w0.start)) || isAcronym(w0)) return null;
  if (cap(w0)) {
    const second = following(doc, w0);
    if (
      FIELDS.at(doc, w0.start) === null &&
      !(second && !cap(second) && !FIELD_STOP.has(second.text) && /^[^\S\n]+$/u.test(doc.text.slice(w0.end, second.start)))
    )
      return null;
    return afterHead(doc, head, pos, start, true);
  }
  const o = afterHead(doc, head, pos, start, true);
  return o?.anchored ? o : null;
}

/**
 * "Trạm Y tế", "Trạm Thú y", "Trạm CSGT", "Trạm y tế xã": a station is named for its service, a
 * compound or an abbreviation; "Trạm Tấu hay Mù Cang Chải" is a district, a place name.
 */
function serviceFieldAt(doc: Doc, pos: number): boolean {
  const w = nextWord(doc, pos);
  if (!w || !cap(w) || isAcronym(w) || FIELDS.at(doc, w.start)) return true;
  const second = following(doc, w);
  return !!second && !cap(second) && !/\d/u.test(second.text) && !FIELD_STOP.has(second.text.toLowerCase()) && !/\S/u.test(doc.text.slice(w.end, second.start));
}

function afterHead(doc: Doc, head: string, pos: number, start: number, headCap: boolean, implied = false): OrgMatch | null {
  // "Chánh Văn phòng Tỉnh ủy": the office's own body, straight on its committee.
  const direct = implied ? committeeAt(doc, pos) : null;
  if (direct) return direct.extend(doc, `${head} ${direct.hit.canonical}`, start);
  const directLevel = implied ? levelAt(doc, pos) : null;
  if (directLevel) return atLevel(doc, head, directLevel, start);
  // "Văn phòng UBND tỉnh", "Thanh tra UBND huyện": the office of a council or people's committee, no field.
  const office = headCap ? ofLevelBody(doc, pos, head, start) : null;
  if (office) return office;
  // "Văn phòng T.Ư Đảng", "Ủy ban T.Ư MTTQ Việt Nam": a central body whose head is straight
  // followed by "Trung ương" (written short), with the mass organisation it is the centre of.
  const centre = headCap && cap(nextWord(doc, pos)) ? centralSuffixAt(doc, pos) : null;
  if (centre) return centralBody(doc, `${head} ${centre.text}`, centre.end, start);
  // "Văn phòng Bộ Y tế": the office of a ministry, named with it.
  const ownerOnly = headCap ? ownerAfter(doc, pos) : null;
  // With no field it is a unit of any ministry: "các Ủy ban Quốc hội" is a class (not anchored, a plural makes it generic).
  if (ownerOnly) return { ...owned(`${head} ${ownerOnly.name}`, ownerOnly, start), anchored: false };
  const read = readField(doc, pos, headCap, head);
  if (!read) return null;
  // "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng": a committee of Quốc hội is
  // named by the list of its fields, closed by "và".
  const listEnd = head === 'Ủy ban' && headCap && !read.place ? fieldListEnd(doc, read.end) : null;
  const field0 = listEnd ? { text: `${read.text}${doc.text.slice(read.end, listEnd).replace(/\s+/g, ' ')}`, end: listEnd } : read;
  // "Ban chỉ đạo về phòng, chống tham nhũng, tiêu cực (huyện)" (O4): a "về …" clause names the
  // body's remit and is part of its name, as written.
  // Only a steering committee is named by its remit; "Bộ Nội vụ về kết quả …" is a ministry and what it did.
  // "Ban Chỉ đạo Quốc gia về …": a national steering committee is named by its remit too.
  const remit = STEERING.test(key(field0.text)) ? remitAfter(doc, field0.end) : null;
  const field = remit ? { text: `${field0.text}${doc.text.slice(field0.end, remit).replace(/\s+/g, ' ')}`, end: remit } : field0;
  const name = `${head} ${field.text}`;
  // "Sở NN&PTNT Sóc Trăng", "Sở Y tế Cần Thơ": the place written straight after the field.
  if (field.place) {
    const info = HEAD_INFO.get(head);
    return { name, place: field.place.text, level: info?.level ?? null, anchored: true, national: false, start, end: field.place.end };
  }
  const suffix = centralSuffixAt(doc, field.end);
  if (suffix) return { name: `${name} ${suffix.text}`, place: null, level: null, anchored: true, national: true, start, end: suffix.end };
  const c = committeeAt(doc, field.end);
  if (c) return c.extend(doc, `${name} ${c.hit.canonical}`, start);
  const lv = levelAt(doc, field.end) ?? levelAfterAbbreviation(doc, field.end);
  if (lv) return atLevel(doc, name, lv, start);
  // "Phòng Cảnh sát PCCC số 4", "Trường THCS số 2": a unit numbered among its kind is one body,
  // named with its number; no level word follows (its area is not a locality).
  // A ministry ("Bộ") is one of its kind: "Bộ Luật hình sự số 100" is a code, "Bộ Binh số 2" a unit of none;
  // "Báo Lao động số 172" is an issue, "Phòng Thi số 43" a room: a unit's field is a compound.
  const numbered = HEAD_INFO.get(head)?.national || NAMED_WHOLE.has(head) || !/\s/u.test(field.text) ? null : unitNumberAt(doc, field.end);
  if (numbered)
    return {
      name: `${name} ${doc.text.slice(field.end, numbered).trim().replace(/\s+/g, ' ')}`,
      place: null,
      level: null,
      anchored: true,
      national: false,
      start,
      end: numbered,
    };
  // "Ban Kinh tế - Xã hội HĐND thành phố": a body of a council or people's committee.
  const parent = ofLevelBody(doc, field.end, name, start);
  if (parent) return parent;
  // "Hội đồng Thi đua - Khen thưởng Bộ Quốc phòng", "Vụ Pháp chế Bộ Tư pháp": a unit of a ministry.
  const owner = headCap ? ownerAfter(doc, field.end, true) : null;
  const dashOf = owner && UNIT_DASH.test(doc.text.slice(field.end, field.end + 4)) ? ' -' : '';
  if (owner) return owned(`${name}${dashOf} ${owner.name}`, owner, start);
  // "Tổng cục Chính trị Quân đội nhân dân Việt Nam", "Tổng cục Chính trị CAND": a unit of a force, named with it.
  const force = headCap ? forceAfter(doc, field.end) : null;
  if (force) return { name: `${name} ${written(doc, force)}`, place: null, level: null, anchored: true, national: true, start, end: force.end };
  const info = HEAD_INFO.get(head);
  // "Văn phòng Bộ", "Thanh tra Bộ": a unit of the ministry, national.
  const ofMinistry = key(field.text) === 'bộ';
  return {
    name,
    place: null,
    level: ofMinistry ? null : (info?.level ?? null),
    anchored: false,
    national: ofMinistry || (info?.national ?? false),
    start,
    end: field.end,
  };
}

// Offices and ranks read as national names: "Văn phòng Thủ tướng Chính phủ" is no unit of them here.
const NOT_OWNERS = new Set(['Thủ tướng Chính phủ', 'Chủ tịch nước', 'Trung ương Đảng'].map(key));

/**
 * The national body a unit belongs to, written straight after the unit's name with nothing
 * between ("Hội đồng Thi đua - Khen thưởng Bộ Quốc phòng", "Thanh tra Chính phủ", "Vụ Pháp chế
 * Bộ Tư pháp"): the unit is named with it, as Nghị định 30/2020 writes a unit's name under its
 * body's. A comma, "và" or a line break between them makes two bodies ("Quân ủy Trung ương, Bộ
 * Quốc phòng"); "của" is read elsewhere (a committee "của Quốc hội").
 */
function ownerAfter(doc: Doc, pos: number, dashed = false): OrgMatch | null {
  // "Viện Xây dựng Đảng - Học viện Chính trị quốc gia Hồ Chí Minh": a dash between a unit and
  // its national body, written as a by-line of the unit.
  const dash = dashed ? UNIT_DASH.exec(doc.text.slice(pos, pos + 4)) : null;
  const w = nextWord(doc, pos + (dash?.[0].length ?? 0));
  if (!w || !cap(w) || (!dash && !/^[^\S\n]*$/u.test(doc.text.slice(pos, w.start)))) return null;
  // "Phòng Thương mại và Công nghiệp - VCCI": an abbreviation after the dash is the same body, glossed.
  if (dash && (isAcronym(w) || !NATIONAL.at(doc, w.start))) return null;
  // "Đảng ủy Công an Trung ương": a force's centre owns units too.
  if (w.text !== 'Bộ' && !NATIONAL.at(doc, w.start) && !LEVEL_HEADS.at(doc, w.start)) return null;
  const o = parseOrgAt(doc, w.start);
  return o?.national && o.start === w.start && !NOT_OWNERS.has(key(o.name)) ? o : null;
}

/** The armed force written straight after a unit's field, or null. */
function forceAfter(doc: Doc, pos: number): PhraseHit | null {
  const w = nextWord(doc, pos);
  return w && /^[^\S\n]+$/u.test(doc.text.slice(pos, w.start)) ? FORCES.at(doc, w.start) : null;
}

function owned(name: string, owner: OrgMatch, start: number): OrgMatch {
  return { name, place: null, level: null, anchored: true, national: true, start, end: owner.end };
}

// "TƯ", "TW": "Trung ương" written short without dots, in capitals only (folded, "tư" is a common word).
const CENTRAL_SHORT = /^(?:TƯ|TW)(?![\p{L}\p{N}])(?:[^\S\n]+Đảng(?![\p{L}\p{N}]))?/u;

/**
 * "Trung ương", "Trung ương Đảng" and their short forms ("T.Ư", "T.W Đảng", "TƯ", "TW") at the
 * word after `pos`: the suffix of a central body's name, as written (a list form for the dotted
 * and full ones, whose case and tone placement vary).
 */
function centralSuffixAt(doc: Doc, pos: number): { text: string; end: number } | null {
  const w = nextWord(doc, pos);
  if (!w) return null;
  const hit = NATIONAL_SUFFIX.at(doc, w.start);
  if (hit) return { text: hit.canonical, end: hit.end };
  const m = CENTRAL_SHORT.exec(doc.text.slice(w.start, w.start + 12));
  return m ? { text: m[0].replace(/\s+/gu, ' '), end: w.start + m[0].length } : null;
}

/**
 * A central body named `name` up to `end`, with the mass organisation written straight after
 * "Trung ương" when the name ends there ("BCH T.Ư Hội NDVN", "Ban Chấp hành Trung ương Đoàn
 * Thanh niên"): the centre of that organisation (its own congress elects it), one body.
 */
function centralBody(doc: Doc, name: string, end: number, start: number): OrgMatch {
  const w = /Đảng$/u.test(name) ? null : nextWord(doc, end);
  const gapOk = w !== null && /^[^\S\n]+$/u.test(doc.text.slice(end, w.start));
  const mass = gapOk && w && cap(w) && (LEVEL_HEADS.at(doc, w.start) || MASS_HEADS.test(w.text)) ? parseOrgAt(doc, w.start) : null;
  const of = mass && mass.start === w?.start && mass.place === null && !mass.committee && !/^Bộ\s/u.test(mass.name) ? mass : null;
  return { name: of ? `${name} ${of.name}` : name, place: null, level: null, anchored: true, national: true, start, end: of?.end ?? end };
}

// Heads of mass organisations ("Hội Nông dân", "Đoàn Thanh niên", "Liên đoàn Lao động"), which have a centre.
const MASS_HEADS = /^(?:Hội|Đoàn|Liên)$/u;

// Social insurance (Bảo hiểm xã hội) is a State agency with a branch at every level too; its
// name is also the benefit's ("Luật Bảo hiểm xã hội", "đóng BHXH, BHYT").
const EVERY_LEVEL = /^(?:hội đồng nhân dân|(?:ủy|uỷ) ban nhân dân|mặt trận tổ quốc|bảo hiểm xã hội)$/u;
const NEVER_BARE = /^bhxh$/u;
const COUNTRY = key('Việt Nam');
const CROP_SEASON = /^(?:đông|xuân|hè|thu|mùa|chiêm)(?![\p{L}])/u;
const LIST_SEP = /^(?:\s*,\s*|\s+và\s+)/u;
// "Liên hiệp các Hội …" is the name of a federation, no plural.
const PLURAL_BEFORE = /(?:^|[^\p{L}])(?<!liên\s+hiệp\s+)(?:các|những)\s+$/iu;
const MAX_ITEM_WORDS = 4;

/**
 * "các Ban Chỉ đạo Tây Nguyên, Tây Bắc và Tây Nam Bộ", "Sở Tài chính, Xây dựng": a head written
 * once for a list names one body per item. The shared part is the head, with the known field
 * after it when a proper name follows that field ("Ban Chỉ đạo" + "Tây Nguyên"). After a plural
 * ("các", "những") any capitalised item counts; without one, only a known field does (a place
 * or a name may follow a body after a comma). Returns every body of the list, `o` first (split
 * at "và" when `o` itself holds two items), or [] when no list follows.
 */
export function sharedHeadItems(doc: Doc, o: OrgMatch): OrgMatch[] {
  if (o.anchored) return [];
  const head = HEADS.at(doc, o.start);
  if (!head || !o.name.startsWith(`${head.canonical} `)) return [];
  const afterHeadWord = nextWord(doc, head.end);
  const field = afterHeadWord ? FIELDS.at(doc, afterHeadWord.start) : null;
  const prefixEnd = field && field.end < o.end && cap(nextWord(doc, field.end)) ? field.end : head.end;
  const prefix = doc.text.slice(o.start, prefixEnd).replace(/\s+/g, ' ');
  const plural = PLURAL_BEFORE.test(doc.text.slice(Math.max(0, o.start - 8), o.start));
  // "Các Bộ Lao động, Thương binh và Xã hội; Kế hoạch và Đầu tư": items set off by ";" have
  // commas inside their names.
  if (/^[^.;!?]*;/u.test(doc.text.slice(o.end, o.end + 160))) return [];
  const bodies: OrgMatch[] = [o];
  let at = o.end;
  for (;;) {
    const sep = LIST_SEP.exec(doc.text.slice(at, at + 6));
    const w = sep ? nextWord(doc, at + sep[0].length) : null;
    const end = w && cap(w) ? listItemEnd(doc, w, plural) : null;
    if (!w || end === null) break;
    bodies.push(listItem(doc, prefix, head.canonical, w.start, end));
    at = end;
  }
  return bodies.length > 1 ? bodies : [];
}

const COLON_AFTER_HEAD = /^[^\S\n]*:[^\S\n]*/u;
const ITEM_COMMA = /^[^\S\n]*,[^\S\n]*/u;
const MAX_COLON_ITEMS = 10;
const MAX_COLON_ITEM_WORDS = 7;

/**
 * "các Bộ: Tài chính, Kế hoạch và Đầu tư, Nội vụ", "các Sở: Y tế, Giáo dục và Đào tạo": a head
 * written once before a colon names one body per item of the enumeration after it. The items are
 * set off by commas, so a comma ends each (an item's name may hold "và" and lower-case syllables);
 * the last ends where its field does. An item that begins a body of its own ("Văn phòng Chính
 * phủ") is that body. The bodies, or [] when no such enumeration starts at `pos`.
 */
export function colonListItems(doc: Doc, pos: number): OrgMatch[] {
  const w = nextWord(doc, pos);
  const head = w && cap(w) ? HEADS.at(doc, w.start) : null;
  const colon = head ? COLON_AFTER_HEAD.exec(doc.text.slice(head.end, head.end + 4)) : null;
  // "Hải Phòng: Văn Lâm, …": a head word that ends a proper name heads nothing.
  const before = w ? wordEndingAt(doc, doc.text.slice(0, w.start).trimEnd().length) : null;
  if (!head || !colon || (before && cap(before) && /^[^\S\n]+$/u.test(doc.text.slice(before.end, w?.start)))) return [];
  const out: OrgMatch[] = [];
  let at = head.end + colon[0].length;
  for (let n = 0; n < MAX_COLON_ITEMS; n++) {
    const first = nextWord(doc, at);
    if (!first || first.start !== at || !cap(first) || isAcronym(first) || TITLES.at(doc, first.start)) break;
    const own = startsBody(doc, first) ? parseOrgAt(doc, first.start) : null;
    // A known field ("Văn hóa, Thể thao và Du lịch", commas inside), else the words up to the
    // comma when they are a known field written another way ("Lao động Thương bình và Xã hội").
    const known = own ? null : FIELDS.at(doc, first.start);
    const comma = own || known ? null : commaEnd(doc, first, MAX_COLON_ITEM_WORDS);
    const end =
      own && own.start === first.start ? own.end : (known?.end ?? (comma !== null && isFieldWrittenSo(doc.text.slice(first.start, comma)) ? comma : null));
    if (end === null) break;
    out.push(own && own.start === first.start ? own : listItem(doc, head.canonical, head.canonical, first.start, end));
    const sep = ITEM_COMMA.exec(doc.text.slice(end, end + 4));
    if (!sep) break;
    at = end + sep[0].length;
  }
  return out.length > 1 ? out : [];
}

// The known fields without diacritics, dashes or commas: a field written with another
// punctuation or a diacritic slip is still that field.
const FIELD_LETTERS = new Set(orgWords.fields.map((f) => fieldLetters(f)));

function fieldLetters(s: string): string {
  return bareKey(s.replace(/[-–,&]/gu, ' '));
}

function isFieldWrittenSo(text: string): boolean {
  return FIELD_LETTERS.has(fieldLetters(text));
}

/** The end of the words from `w` that reach a comma within `max` words in the sentence, or null. */
function commaEnd(doc: Doc, w: Word, max: number): number | null {
  let cur: Word | null = w;
  for (let n = 0; cur && n < max; n++) {
    const gap = doc.text.slice(cur.end, cur.end + 2);
    if (/^[^\S\n]*,/u.test(gap)) return cur.end;
    if (!/^[^\S\n]/u.test(gap)) return null;
    cur = following(doc, cur);
  }
  return null;
}

/** An item of a list sharing its head: the head (and field) written before the first, `prefix`. */
function listItem(doc: Doc, prefix: string, head: string, start: number, end: number): OrgMatch {
  return {
    name: `${prefix} ${doc.text.slice(start, end).replace(/\s+/g, ' ')}`,
    place: null,
    level: HEAD_INFO.get(head)?.level ?? null,
    anchored: false,
    national: HEAD_INFO.get(head)?.national ?? false,
    start,
    end,
  };
}

/** Where one item starting at `w` ends: a known field, or (after a plural) up to four capitalised words. */
function listItemEnd(doc: Doc, w: Word, plural: boolean): number | null {
  if (isAcronym(w) || isSurname(w.text)) return null;
  if (
    HEADS.at(doc, w.start) ||
    LEVEL_HEADS.at(doc, w.start) ||
    COMMITTEES.at(doc, w.start) ||
    COMMITTEE_PARTS.at(doc, w.start) ||
    NATIONAL.at(doc, w.start) ||
    TITLES.at(doc, w.start)
  )
    return null;
  const known = FIELDS.at(doc, w.start);
  if (known) return known.end;
  if (!plural) return null;
  // "các Bộ Công an, Tài nguyên - Môi trường": an item is a field as read ("Tài nguyên", then its second field).
  const field = readField(doc, w.start, true);
  // "và" joins items of the list, not the fields of one (a known field holding "và" is read above).
  if (field && !field.place && field.end > w.end && !/\svà\s/u.test(field.text)) return field.end;
  let cur: Word | null = w;
  let end = w.end;
  for (let n = 0; cur && cap(cur) && n < MAX_ITEM_WORDS; n++) {
    end = cur.end;
    if (!/^\s+$/u.test(doc.text.slice(cur.end, cur.end + 1))) break;
    cur = following(doc, cur);
  }
  return end;
}

const TAIL_SEP = /^(?:\s*[,–—-]\s*|\s+và\s+)/u;
// "Đảng bộ, chính quyền và nhân dân xã X": the people of a place share its level, no body.
const NOT_BODY_ITEM = /^(?:chính\s+quyền|nhân\s+dân|các\s+đoàn\s+thể)(?![\p{L}])/u;
const MAX_TAIL_ITEMS = 5;

/**
 * A body of a list given the list's level and place, its name as written (hard case O3: "HĐND"
 * stays "HĐND"); a committee of another level ("Huyện ủy" before "UBND xã") keeps its own.
 */
function withLevel(it: { name: string; start: number; end: number; committee: string | null }, lv: LevelHit, place: string | null): OrgMatch {
  const own = it.committee !== null ? COMMITTEE_LEVEL.get(it.committee) : null;
  const base = { name: it.name, anchored: true, national: false, committee: it.committee, start: it.start, end: it.end };
  return own != null && own !== lv.canonical ? { ...base, place: null, level: own } : { ...base, place, level: lv.canonical };
}

/**
 * "Đảng ủy, HĐND, UBND xã Lê Hồng", "Huyện ủy- HĐND- UBND huyện": the level and place written
 * once after a list of local bodies belong to each of them. `o` is the first of the list; the
 * bodies of the list, each with that level and place, or [] when no such list starts at `o`.
 */
export function sharedLevelItems(doc: Doc, o: OrgMatch): OrgMatch[] {
  if (o.national || o.place !== null) return [];
  const items: Array<{ name: string; start: number; end: number; committee: string | null }> = [];
  let at = o.start;
  for (let n = 0; n < MAX_TAIL_ITEMS; n++) {
    const w = nextWord(doc, at);
    if (!w) return [];
    if (n > 0 && NOT_BODY_ITEM.test(doc.fold.slice(w.start, w.start + 16))) {
      at = w.start + (NOT_BODY_ITEM.exec(doc.fold.slice(w.start, w.start + 16))?.[0].length ?? 0);
      const lv = levelAt(doc, at);
      const place = lv ? placeAfterLevel(doc, lv) : null;
      if (lv && place) return items.map((it) => withLevel(it, lv, place.text));
      // "Quận ủy, chính quyền quận 1": a numbered unit names each body with its number.
      const numbered = lv ? items.map((it) => numberedUnit(doc, it.name, lv, it.start)) : [];
      if (numbered.length > 0 && numbered.every((x) => x !== null))
        return numbered.map((x, i) => ({ ...(x as OrgMatch), end: items[i]?.end ?? (x as OrgMatch).end, committee: items[i]?.committee ?? null }));
    } else {
      const hit = (cap(w) || isAcronym(w)) && (LEVEL_HEADS.at(doc, w.start) ?? COMMITTEES.at(doc, w.start));
      if (!hit) return [];
      const lv = levelAt(doc, hit.end);
      // The last body carries the level (and the place after it) for the list.
      if (lv) {
        if (items.length === 0 && n === 0) return [];
        const last = atLevel(doc, written(doc, hit), lv, w.start);
        return [...items.map((it) => withLevel(it, lv, last.place)), last];
      }
      items.push({ name: written(doc, hit), start: w.start, end: hit.end, committee: COMMITTEES.at(doc, w.start)?.canonical ?? null });
      at = hit.end;
    }
    const sep = TAIL_SEP.exec(doc.text.slice(at, at + 5));
    if (!sep) return [];
    at += sep[0].length;
  }
  return [];
}

/**
 * A team a body sends: "Đoàn kiểm tra (số 471) của Bộ Chính trị", "đoàn công tác của Tỉnh ủy
 * Gia Lai". Named by its sender, it is a body of the report (it holds the working sessions);
 * "đoàn kiểm tra" alone names none.
 */
const TEAM_OF = /^đoàn\s+((?:kiểm\s+tra|công\s+tác|giám\s+sát)(?:\s+(?:liên\s+ngành|số\s+\d+[a-z]?))?)(\s+của\s+)?/u;
const TEAM_KIND = /^(?:kiểm\s+tra|công\s+tác|giám\s+sát)(?:\s+(?:liên\s+ngành|số\s+\d+[a-z]?))?(?![\p{L}\p{N}])/u;

/**
 * `inTitle`: the team after "Trưởng đoàn" / "Phó Trưởng đoàn", its "Đoàn" carried by the office
 * ("Trưởng Đoàn kiểm tra số 471 của Bộ Chính trị", "Phó trưởng đoàn kiểm tra số 471"): one
 * sent by no body named is kept in the position but is no body of the report.
 */
function teamAt(doc: Doc, start: number, inTitle = false): OrgMatch | null {
  if (inTitle) {
    const k = TEAM_KIND.exec(doc.fold.slice(start, start + 40));
    if (!k) return null;
    const of = /^\s+của\s+/u.exec(doc.fold.slice(start + k[0].length, start + k[0].length + 8));
    const sender = of ? parseOrgAt(doc, start + k[0].length + of[0].length) : null;
    const end = sender?.end ?? start + k[0].length;
    const written = doc.text.slice(start, sender ? sender.start : end).replace(/\s+/g, ' ');
    return sender
      ? { ...sender, name: `Đoàn ${written}${sender.name}`, anchored: true, committee: null, sender, start }
      : { name: `Đoàn ${written}`, place: null, level: null, anchored: true, national: false, unnamed: true, start, end };
  }
  // TEAM_OF opens with "đoàn": asked at every body-like word, most of which open otherwise.
  if (!doc.fold.startsWith('đoàn', start)) return null;
  const m = TEAM_OF.exec(doc.fold.slice(start, start + 60));
  if (!m?.[2]) return null;
  const sender = parseOrgAt(doc, start + m[0].length);
  if (!sender || sender.start !== start + m[0].length) return null;
  const name = `${capitalizeFirst(doc.text.slice(start, sender.start).replace(/\s+/g, ' '))}${sender.name}`;
  return { ...sender, name, anchored: true, committee: null, sender, start };
}

const REMIT_WORDS = 12;
const STEERING = /^chỉ đạo(?: quốc gia| trung ương)?$/u;
/** Verbs and function words that end a remit: what the body does is not its name. */
const REMIT_STOP = new Set([
  ...RUN_STOP,
  'họp',
  'tổ',
  'chức',
  'ban',
  'hành',
  'triển',
  'khai',
  'kiểm',
  'báo',
  'cáo',
  'yêu',
  'cầu',
  'đề',
  'nghị',
  'quyết',
  'định',
  'thông',
  'qua',
  'chỉ',
  'đạo',
  'về',
  'do',
  'sẽ',
  'vừa',
  'đang',
  'có',
  'tiến',
  'làm',
  'việc',
  'năm',
  'tháng',
  'ngày',
  'phát',
  'biểu',
  'chủ',
  'trì',
  'dự',
  'nhấn',
  'cho',
  'đánh',
  'nêu',
  'giao',
  'phối',
  'hợp',
  'phải',
  'cần',
  'lập',
]);

/**
 * End of a remit clause "về <lower-case words, ', '-joined>" after a field: before a level or
 * committee word (which the name then takes), a verb or function word, a name or a number, or
 * at the end of the clause; null when "về" is followed by none of its words.
 */
function remitAfter(doc: Doc, pos: number): number | null {
  const ve = nextWord(doc, pos);
  if (!ve || ve.text !== 'về') return null;
  let cur = following(doc, ve);
  let end = -1;
  for (let n = 0; cur && n < REMIT_WORDS; n++) {
    if (COMMITTEES.at(doc, cur.start) || (LEVELS.at(doc, cur.start) && !cap(cur))) return end > 0 ? end : null;
    // A verb, a function word, a name or a number ends the remit before it.
    if (cap(cur) || REMIT_STOP.has(cur.text.toLowerCase()) || /\d/.test(cur.text)) return end > 0 ? end : null;
    end = cur.end;
    const gap = doc.text.slice(cur.end, cur.end + 3);
    if (/^,\s/u.test(gap)) {
      const after = nextWord(doc, cur.end + gap.search(/\S(?<=[^,\s])/u));
      if (!after || cap(after)) return end;
      cur = after;
      continue;
    }
    if (/^\s*(?:[.;:)]|$)/u.test(doc.text.slice(cur.end, cur.end + 2))) return end;
    cur = following(doc, cur);
  }
  return null;
}

/** `name` followed by a level head and its level ("… UBND TP Hà Nội"): a body of that council or committee. */
function ofLevelBody(doc: Doc, pos: number, name: string, start: number): OrgMatch | null {
  const parent = nextWord(doc, pos);
  const lh = parent ? LEVEL_HEADS.at(doc, parent.start) : null;
  const plv = lh ? levelAt(doc, lh.end) : null;
  if (!lh || !plv) return null;
  return atLevel(doc, `${name} ${written(doc, lh)}`, plv, start);
}

function committeeAt(doc: Doc, pos: number): CommitteeAt | null {
  const w = nextWord(doc, pos);
  if (!w) return null;
  const hit = COMMITTEES.at(doc, w.start);
  if (!hit) return null;
  return new CommitteeAt(hit);
}

/** A committee word found, and the body it names once extended (a method, not a closure per hit: tsx names each closure made, at a few µs). */
class CommitteeAt {
  constructor(readonly hit: PhraseHit) {}

  extend(d: Doc, name: string, start: number): OrgMatch {
    const hit = this.hit;
    // (The closure's body, at its indentation: a small diff beside rule changes.)
    {
      // "Đảng ủy Khối các cơ quan tỉnh": a bloc committee, written in full or as "Đảng ủy Khối".
      const bloc = level0(hit) ? null : blocAfter(d, hit.end);
      if (bloc) return { ...bloc, name: `${name} ${bloc.name}`, start };
      const level = COMMITTEE_LEVEL.get(hit.canonical) ?? null;
      // "Công đoàn cơ quan Dân, Đảng quận Long Biên", "Đảng bộ cơ quan Tỉnh ủy": the body of an agency.
      const agency = level === null ? agencyAfter(d, hit.end) : null;
      if (agency) {
        const place = placeAfterLevel(d, agency.level);
        return {
          name: `${name} ${agency.text} ${agency.level.canonical}`,
          place: place?.text ?? null,
          level: agency.level.canonical,
          anchored: true,
          national: false,
          committee: hit.canonical,
          start,
          end: place?.end ?? agency.level.end,
        };
      }
      // "Đảng ủy xã X": the level word comes after the committee.
      // "Đảng bộ Thành phố Hồ Chí Minh": after a committee of no level, a level word written
      // with a capital is still its level, kept as written.
      // "Đảng ủy Quốc hội", "Công đoàn Bộ Y tế": the committee of a national body, named with it.
      // "Quận ủy quận 1": the committee of a numbered unit, named with it.
      const own = level !== null ? levelAt(d, hit.end) : null;
      const numbered = own && key(own.canonical) === level ? numberedUnit(d, name, own, start) : null;
      if (numbered) return { ...numbered, committee: hit.canonical };
      const owner = level === null && cap(nextWord(d, start)) ? ownerAfter(d, hit.end) : null;
      if (owner) return { ...owned(`${name} ${owner.name}`, owner, start), committee: hit.canonical };
      const lv = level === null ? (levelAt(d, hit.end) ?? writtenLevelAt(d, hit.end)) : null;
      const place = lv ? placeAfterLevel(d, lv) : placeAfter(d, hit.end);
      const fullName = lv ? `${name} ${lv.canonical}` : name;
      return {
        name: fullName,
        place: place?.text ?? null,
        level: level ?? lv?.canonical ?? null,
        anchored: true,
        national: false,
        committee: hit.canonical,
        start,
        end: place?.end ?? lv?.end ?? hit.end,
      };
    }
  }
}

/** "cơ quan Dân, Đảng quận": the agencies a body serves, capitalised words to a level word. */
function agencyAfter(doc: Doc, pos: number): { text: string; level: LevelHit } | null {
  const m = /^\s+cơ\s+quan\s+/u.exec(doc.fold.slice(pos, pos + 12));
  if (!m) return null;
  let w = nextWord(doc, pos + m[0].length);
  const first = w;
  for (let n = 0; w && n < 6 && cap(w); n++) {
    const gap = /^(?:\s*,\s*|\s+[-–]\s+|\s+và\s+|\s+)/u.exec(doc.text.slice(w.end, w.end + 5))?.[0] ?? '';
    const lv = gap.trim() === '' ? levelAt(doc, w.end) : null;
    if (lv && !cap(nextWord(doc, w.end)))
      return first ? { text: doc.text.slice(first.start - 'cơ quan '.length, w.end).replace(/\s+/g, ' '), level: lv } : null;
    w = gap ? nextWord(doc, w.end + gap.length) : null;
  }
  return null;
}

const level0 = (hit: PhraseHit): boolean => COMMITTEE_LEVEL.get(hit.canonical) != null;

/** "Khối …" after "Đảng ủy": the bloc, with its full name when a level word ends it. */
function blocAfter(doc: Doc, pos: number): OrgMatch | null {
  const w = nextWord(doc, pos);
  if (!w || !/^khối$/iu.test(w.text)) return null;
  const run = following(doc, w);
  const end = run && !cap(run) ? lowerRunToAnchor(doc, run) : null;
  const lv = end !== null ? levelAt(doc, end) : null;
  if (run && end !== null && lv) {
    const text = doc.text.slice(run.start, end).replace(/\s+/g, ' ');
    return {
      name: `Khối ${text} ${lv.canonical}`,
      place: null,
      level: lv.canonical,
      anchored: true,
      national: false,
      committee: 'Đảng ủy',
      start: w.start,
      end: lv.end,
    };
  }
  return { name: 'Khối', place: null, level: null, anchored: false, national: false, committee: 'Đảng ủy', start: w.start, end: w.end };
}

type LevelHit = PhraseHit & { place?: { text: string; end: number } };

/**
 * "TP" is the city level word written short, in capitals ("UBND TP Hà Nội", "Tp. Hồ Chí Minh");
 * "TPHCM" / "TP.HCM" / "TP HCM" write the level and Hồ Chí Minh City in one (gold convention:
 * level word "TP" kept in the name, the city in place).
 */
const CITY_SHORT = /^(?:TP|Tp)(?:\.?\s?(HCM)|\.)?(?![\p{L}\p{N}])/u;

function levelAt(doc: Doc, pos: number): LevelHit | null {
  const w = nextWord(doc, pos);
  if (!w) return null;
  const city = w.text === 'TPHCM' ? ['TPHCM', 'HCM'] : CITY_SHORT.exec(doc.text.slice(w.start, w.start + 8));
  if (city) {
    const end = w.start + (city[0] ?? '').length;
    return { canonical: 'TP', start: w.start, end: city[1] ? end : w.end, ...(city[1] ? { place: { text: 'Hồ Chí Minh', end } } : {}) };
  }
  // Level words are written in lower case inside a name; "Thành phố Hồ Chí Minh", "Tỉnh Quảng
  // Nam": written in full with a capital, straight before the place's name, still the level.
  if (cap(w)) return /^[^\S\n]+$/u.test(doc.text.slice(pos, w.start)) ? writtenLevelAt(doc, pos) : null;
  return LEVELS.at(doc, w.start);
}

// "(HĐND)", "(TN&MT)": an abbreviation in brackets.
const BRACKETED_ABBREVIATION = /^[^\S\n]*\([^\S\n]*[\p{Lu}&.-]{2,10}[^\S\n]*\)/u;

/** The level word after a bracketed abbreviation of the name just read, or null. */
function levelAfterAbbreviation(doc: Doc, pos: number): LevelHit | null {
  const m = BRACKETED_ABBREVIATION.exec(doc.text.slice(pos, pos + 16));
  return m ? levelAt(doc, pos + m[0].length) : null;
}

function writtenLevelAt(doc: Doc, pos: number): LevelHit | null {
  const w = nextWord(doc, pos);
  const hit = w && cap(w) ? LEVELS.at(doc, w.start) : null;
  return hit && placeAfter(doc, hit.end) ? { ...hit, canonical: written(doc, hit) } : null;
}

/** The place after a level word ("huyện Tịnh Biên"), or the one it carries ("TPHCM"). */
/** A local body: its name with the level ("huyện", "tỉnh"), and the place written after the level. */
function atLevel(doc: Doc, name: string, lv: LevelHit, start: number): OrgMatch {
  const numbered = numberedUnit(doc, name, lv, start);
  if (numbered) return numbered;
  const place = placeAfterLevel(doc, lv);
  return {
    name: `${name} ${lv.canonical}`,
    place: place?.text ?? null,
    level: lv.canonical,
    anchored: true,
    national: false,
    start,
    end: place?.end ?? lv.end,
  };
}

// Urban units a city numbers ("quận 1", "phường 12"; Luật Tổ chức chính quyền địa phương 2015 lets
// a city name them so): the number is the unit's name, not a document's ("số 5/2017").
const NUMBERED_LEVEL = /^(?:quận|phường)$/u;
const UNIT_NO = /^[^\S\n]+(\d{1,2})(?![\p{L}\p{N}]|[/.,-]\p{N})/u;
const CITY_AFTER = /^[^\S\n]*,?/u;

/**
 * "UBND quận 1, Thành phố Hồ Chí Minh", "Quận ủy quận 3": a numbered unit is named with its
 * number, and placed by the city written after it (or, with none, by the report's city).
 */
function numberedUnit(doc: Doc, name: string, lv: LevelHit, start: number): OrgMatch | null {
  if (lv.place || !NUMBERED_LEVEL.test(key(lv.canonical))) return null;
  const no = UNIT_NO.exec(doc.text.slice(lv.end, lv.end + 6));
  if (!no) return null;
  const end = lv.end + no[0].length;
  const gap = CITY_AFTER.exec(doc.text.slice(end, end + 4))?.[0] ?? '';
  const city = levelAt(doc, end + gap.length);
  const place = city && CITY_LEVEL_WORD.test(key(city.canonical)) ? placeAfterLevel(doc, city) : null;
  return {
    name: `${name} ${lv.canonical} ${no[1] ?? ''}`,
    place: place?.text ?? null,
    level: lv.canonical,
    anchored: true,
    national: false,
    start,
    end: place?.end ?? end,
  };
}

const CITY_LEVEL_WORD = /^(?:thành phố|tp)$/u;

function placeAfterLevel(doc: Doc, lv: LevelHit): { text: string; end: number } | null {
  if (lv.place) return lv.place;
  const dot = lv.canonical === 'TP' && doc.text[lv.end] === '.' ? 1 : 0;
  return placeAfter(doc, lv.end + dot);
}

function written(doc: Doc, h: PhraseHit): string {
  return doc.text.slice(h.start, h.end).replace(/\s+/g, ' ');
}

/** Stops a name or field before words that begin something else. */
function startsOther(doc: Doc, w: Word): boolean {
  // A level word counts in lower case only: "Kinh tế - Xã hội" is a field.
  return !!(COMMITTEES.at(doc, w.start) || TITLES.at(doc, w.start) || (!cap(w) && LEVELS.at(doc, w.start)));
}

// "Đoàn TNCS Hồ Chí Minh": the President's name inside a body's name; the city is written with
// its level word ("TP Hồ Chí Minh", "TP.HCM").
const FIGURE_CITY = key('Hồ Chí Minh');

/**
 * The proper place name written straight after a local body's field, the way a level word
 * would introduce it ("Sở NN&PTNT Sóc Trăng" as "UBND tỉnh Sóc Trăng"). An abbreviated field is
 * whole, so the capitalised words after it are its place; after a field written in full,
 * capitalised words may go on with the field ("Sở Văn hóa Thể Thao và Du Lịch"), so only the
 * name of a province or centrally-run city is read as its place. A national head (a ministry)
 * and a steering committee, named by its remit ("Ban Chỉ đạo Tây Nguyên"), take no place so.
 */
function placeAfterField(doc: Doc, pos: number, head: string | undefined, field: string, abbreviated: boolean): { text: string; end: number } | null {
  if (head === undefined || HEAD_INFO.get(head)?.national || key(field) === 'chỉ đạo') return null;
  const w = nextWord(doc, pos);
  if (!w || !/^[^\S\n]+$/u.test(doc.text.slice(pos, w.start)) || centralSuffixAt(doc, w.start) || NATIONAL.at(doc, w.start) || writtenLevelAt(doc, pos))
    return null;
  const first = placeAfter(doc, pos);
  if (!first) return null;
  // "Bà Rịa - Vũng Tàu": a province named in two parts.
  const dash = /^\s+[-–]\s+/u.exec(doc.text.slice(first.end, first.end + 4));
  const second = dash ? placeAfter(doc, first.end + dash[0].length) : null;
  const joined = second ? { text: `${first.text} - ${second.text}`, end: second.end } : null;
  if (joined && FIGURE_NAMES.has(key(joined.text))) return joined;
  // A place is named in two syllables or more: one capitalised word is the start of a compound
  // ("Ủy ban ATGT Quốc gia", "Ban QLDA Đường sắt") or of the next sentence.
  if (!/\s/u.test(first.text) || key(first.text) === FIGURE_CITY) return null;
  return abbreviated || FIGURE_NAMES.has(key(first.text)) ? first : null;
}

/**
 * The field of a body ("Tuyên giáo", "Bồi dưỡng chính trị", "Khoa giáo - Văn hóa"): a known
 * field, else a capitalised word with the lower-case syllable of its compound, more capitalised
 * words, and a lower-case run only when it reaches a committee or level word.
 */
function readField(doc: Doc, pos: number, headCap: boolean, head?: string): { text: string; end: number; place?: { text: string; end: number } } | null {
  const w0 = nextWord(doc, pos);
  if (!w0) return null;
  const known = FIELDS.at(doc, w0.start);
  // "Trung tâm văn hóa thể thao huyện" (O4): a name in sentence case runs, as written, to its
  // level or committee word, past a field it begins with.
  if (known && headCap && !cap(w0)) {
    const run = lowerRunToAnchor(doc, w0);
    if (run !== null && run > known.end) return { text: doc.text.slice(w0.start, run).replace(/\s+/g, ' '), end: run };
  }
  if (known) {
    // All lower case ("ban tuyên giáo huyện ủy") is a body only when its committee follows.
    // "các ngành trong khối văn hóa – xã hội huyện" (O1): a level word anchors it too, and a
    // lower-case field of such a bloc is kept as written (a Party department takes its canonical casing).
    if (!headCap && !cap(w0) && !committeeAt(doc, known.end) && !levelAt(doc, known.end)) return null;
    // "cần hình thành Trung tâm tài chính": a common head before a lower-case field with nothing
    // after to anchor it (a level word, a capitalised committee or body) is a noun phrase (O4's
    // sentence-case names end in their level word).
    // A Party department ("Ban tuyên giáo"), a ministry ("Bộ y tế") or a department of a fixed
    // level ("Sở y tế") is still one.
    const info = head === undefined ? undefined : HEAD_INFO.get(head);
    const after = nextWord(doc, known.end);
    if (
      headCap &&
      !cap(w0) &&
      info &&
      !info.lowercaseOk &&
      !info.national &&
      !info.level &&
      !levelAt(doc, known.end) &&
      !(after && cap(after) && !/\S/u.test(doc.text.slice(known.end, after.start)))
    )
      return null;
    let end = known.end;
    let text = cap(w0) || committeeAt(doc, known.end) ? known.canonical : doc.text.slice(known.start, known.end).replace(/\s+/g, ' ');
    const place = cap(w0) ? placeAfterField(doc, end, head, known.canonical, false) : null;
    if (place) return { text, end, place };
    // A known field may go on ("Văn hóa - Xã hội" when only "Văn hóa" is listed).
    const more = continueField(doc, end);
    // "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp": a field that went on may end in its domain's nouns.
    // "Ban Chỉ đạo quốc gia": so does a steering committee's.
    // "Phòng Kinh tế hạ tầng huyện": or nouns the body's level or committee word ends.
    const nounsEnd = head && NAMED_WHOLE.has(head) ? null : fieldNounsAfter(doc, more?.end ?? end);
    const nouns = nounsEnd !== null && (more || key(known.canonical) === 'chỉ đạo' || levelAt(doc, nounsEnd) || committeeAt(doc, nounsEnd)) ? nounsEnd : null;
    const to = nouns ?? more?.end;
    if (to !== undefined) {
      text += doc.text.slice(end, to).replace(/\s+/g, ' ');
      end = to;
    }
    return { text, end };
  }
  if (!cap(w0)) {
    if (!headCap) return null;
    const run = lowerRunToAnchor(doc, w0) ?? lowerNounField(doc, w0, head);
    return run ? { text: capitalizeFirst(doc.text.slice(w0.start, run).replace(/\s+/g, ' ')), end: run } : null;
  }
  if (startsOther(doc, w0) || (isAcronym(w0) && w0.text.length > 5 && !w0.text.includes('&'))) return null;
  const placeOfAbbreviation = isAcronym(w0) ? placeAfterField(doc, w0.end, head, w0.text, true) : null;
  if (placeOfAbbreviation) return { text: w0.text, end: w0.end, place: placeOfAbbreviation };
  let end = w0.end;
  const second = following(doc, w0);
  // An abbreviation ("VHTT&DL") is a whole field: no lower-case syllable of a compound follows it.
  // "Tổng cục Thuế yêu cầu": a verb or function word after a one-syllable field is no syllable of it.
  if (second && !cap(second) && !isAcronym(w0) && !startsOther(doc, second) && !/\d/.test(second.text) && !FIELD_STOP.has(second.text.toLowerCase()))
    end = second.end;
  const more = continueField(doc, end);
  if (more) end = more.end;
  // "Cục Xúc tiến thương mại": the lower-case nouns of its domain go on with the field.
  if (!isAcronym(w0) && !(head && NAMED_WHOLE.has(head))) end = fieldNounsAfter(doc, end) ?? end;
  const last = nextWord(doc, end);
  // An abbreviation is a whole field: no lower-case words go on with it ("Bộ GTVT tổng hợp").
  if (last && !cap(last) && !isAcronym(w0)) {
    // A ministry and a publication are named in full as written ("Bộ Ngoại giao", "Báo Dân trí"):
    // the words after them are what they did.
    const run = lowerRunToAnchor(doc, last, !(head && NAMED_WHOLE.has(head)));
    if (run) end = run;
  }
  return { text: doc.text.slice(w0.start, end).replace(/\s+/g, ' '), end };
}

/**
 * More capitalised words of a field, across " - " and "và". A word after a separator may bring
 * the lower-case syllable of its compound ("Thương binh"); one right after another capitalised
 * word may not ("Quảng Trị" ends a proper name).
 */
function continueField(doc: Doc, pos: number): { end: number } | null {
  let end = joinedSyllable(doc, pos) ?? pos;
  // The word read last, whose case tells whether a capital after it begins a new compound.
  let prev: Word | null = wordEndingAt(doc, end);
  for (;;) {
    const gap = FIELD_GAP.exec(doc.text.slice(end, end + 8))?.[0] ?? '';
    // "Văn hóa-Xã hội": after a dash with no space the next field is part of the word read ("hóa-Xã").
    const w = nextWord(doc, end + gap.length) ?? (gap !== '' && !/\s/u.test(gap) ? partAt(doc, end + gap.length) : null);
    // "Ban Tuyên giáo Trung ương": the national suffix ends the field, it is not a word of it.
    // After an abbreviation only a separator goes on ("Ảnh: Tổng cục TDTT Đây là …" has lost its full stop).
    // "Tây Nam Bộ", "Bắc Trung Bộ": "Bộ" after a compass word ends a region's name, no ministry.
    const region = !gap && w && /^Bộ$/u.test(w.text) && /(?:^|\s)(?:Bắc|Trung|Nam)$/u.test(doc.text.slice(Math.max(0, end - 6), end));
    if (region && w) {
      end = w.end;
      continue;
    }
    if (
      !w ||
      // "Tổng cục TDTT và VFF": an abbreviation after "và" is another body.
      (/\svà\s/u.test(gap) && isAcronym(w)) ||
      // "PTNT H. Quảng Điền": a capital alone with a dot is a level word written short ("H." for huyện) or an initial.
      LETTER_DOT.test(doc.text.slice(w.start, w.end + 1)) ||
      // "Sở Tài nguyên và Môi trường TP.HCM": the city's level word written short ends the field.
      CITY_SHORT.test(doc.text.slice(w.start, w.start + 8)) ||
      // "Sở Tài nguyên và Môi trường Thành phố Hồ Chí Minh": so does the level word written in full before the place.
      (!gap && writtenLevelAt(doc, w.start)) ||
      !cap(w) ||
      startsOther(doc, w) ||
      (isSurname(w.text) && !gap) ||
      HEADS.at(doc, w.start) ||
      LEVEL_HEADS.at(doc, w.start) ||
      NATIONAL.at(doc, w.start) ||
      FORCES.at(doc, w.start) ||
      centralSuffixAt(doc, w.start)
    )
      break;
    end = w.end;
    const s = gap && !isAcronym(w) ? following(doc, w) : null;
    if (s && !cap(s) && !startsOther(doc, s) && !/\d/.test(s.text) && !FIELD_STOP.has(s.text.toLowerCase())) end = Math.max(s.end, nounSyllable(doc, w) ?? 0);
    // "Báo Nhân Dân số …": a capital straight after another goes on a proper name, no noun.
    else end = joinedSyllable(doc, end) ?? (gap || !cap(prev) ? nounSyllable(doc, w) : null) ?? end;
    prev = w;
  }
  return end > pos ? { end } : null;
}

const LIST_ITEM = /^,[^\S\n]+\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n]+(?!và(?![\p{L}]))[\p{Ll}\p{M}]+){0,2}/u;
const LIST_LAST = /^[^\S\n]+và[^\S\n]+\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n]+(?!của(?![\p{L}]))[\p{Ll}\p{M}]+)?/u;
const MAX_FIELD_ITEMS = 6;

/** The end of ", B, C và D" after a field, each item a capitalised compound; null when no "và" closes it. */
function fieldListEnd(doc: Doc, pos: number): number | null {
  let at = pos;
  for (let n = 0; n < MAX_FIELD_ITEMS; n++) {
    const item = LIST_ITEM.exec(doc.text.slice(at, at + 40));
    if (!item) break;
    at += item[0].length;
    const last = LIST_LAST.exec(doc.text.slice(at, at + 30));
    if (last) {
      // The last item's lower-case words are its syllables only when they are no predicate.
      const words = last[0].trim().split(/\s+/u);
      const tail = words.length > 3 && FIELD_STOP.has(words.at(-1) ?? '') ? last[0].slice(0, last[0].lastIndexOf(' ')) : last[0];
      return at + tail.length;
    }
  }
  return null;
}

/** The word that ends at `end`, or null. */
function wordEndingAt(doc: Doc, end: number): Word | null {
  const i = firstWordFrom(doc, end) - 1;
  const w = doc.words[i];
  return w !== undefined && w.end === end ? w : null;
}

/**
 * "Hỗ trợ Xuất khẩu", "Phát triển Quỹ đất": a capital that begins a field noun of the list
 * brings the noun's lower-case syllable (a place name's syllables are all capitals: "Hà Tĩnh").
 */
function nounSyllable(doc: Doc, w: Word): number | null {
  let words = w.text;
  let found: number | null = null;
  let cur = w;
  // "Tái định cư": a noun of up to four syllables, the longest.
  for (let n = 1; n < MAX_NOUN_SYLLABLES; n++) {
    const s = following(doc, cur);
    if (!s || cap(s) || !/^[^\S\n]+$/u.test(doc.text.slice(cur.end, s.start))) break;
    words += ` ${s.text}`;
    if (FIELD_NOUNS.has(key(words))) found = s.end;
    cur = s;
  }
  return found;
}

const MAX_NOUN_SYLLABLES = 4;

/**
 * "Ban quản lý cảng cá", "Trung tâm đăng kiểm nghề cá": a capitalised head's field written all in
 * lower case, with no level word to end it, is a body's field when a first compound (what the
 * unit does) is followed by nouns of its domain; the end, or null.
 */
function lowerNounField(doc: Doc, w0: Word, head: string | undefined): number | null {
  if (head === undefined || NAMED_WHOLE.has(head)) return null;
  const s = following(doc, w0);
  if (!s || cap(s) || FIELD_STOP.has(w0.text) || FIELD_STOP.has(s.text) || DIGIT.test(w0.text) || DIGIT.test(s.text)) return null;
  if (!/^[^\S\n]+$/u.test(doc.text.slice(w0.end, s.start))) return null;
  return fieldNounsAfter(doc, s.end);
}

/**
 * "Cục Xúc tiến thương mại", "Ban Chỉ đạo Đổi mới và Phát triển doanh nghiệp": in a name
 * written in sentence case the field goes on in lower-case nouns of its domain (the list);
 * the end after them, or null when none follows `pos`.
 */
function fieldNounsAfter(doc: Doc, pos: number): number | null {
  let end = pos;
  for (;;) {
    const w = nextWord(doc, end);
    if (!w || cap(w) || !/^[^\S\n]+$/u.test(doc.text.slice(end, w.start))) break;
    const run: Word[] = [w];
    for (let n = 1; n < MAX_NOUN_SYLLABLES; n++) {
      const s = following(doc, run[n - 1] as Word);
      if (!s || cap(s) || !/^[^\S\n]+$/u.test(doc.text.slice((run[n - 1] as Word).end, s.start))) break;
      run.push(s);
    }
    // The longest noun of the list the run begins with.
    let k = run.length;
    while (
      k > 1 &&
      !FIELD_NOUNS.has(
        key(
          run
            .slice(0, k)
            .map((x) => x.text)
            .join(' '),
        ),
      )
    )
      k--;
    if (k < 2) break;
    end = (run[k - 1] as Word).end;
  }
  return end > pos ? end : null;
}

// A word whose last part, after a dash, is a capitalised syllable ("đua-Khen" of "Thi đua-Khen
// thưởng"); not an abbreviation ("GD-ĐT", "PK-KQ"), whose parts are whole.
const JOINED_CAPITAL = /\p{Ll}[-–]\p{Lu}[\p{Ll}\p{M}]*$/u;
const PART = /^[\p{L}\p{M}\p{N}]+/u;

/**
 * "Thi đua-Khen thưởng": a dash with no space joins two fields inside one written word, whose
 * capitalised last part begins the second field; the lower-case syllable after the word is
 * that field's. Its end, or null.
 */
function joinedSyllable(doc: Doc, end: number): number | null {
  if (!JOINED_CAPITAL.test(doc.text.slice(Math.max(0, end - 12), end))) return null;
  const s = nextWord(doc, end);
  if (!s || s.start === end || cap(s) || startsOther(doc, s) || /\d/u.test(s.text) || FIELD_STOP.has(s.text.toLowerCase())) return null;
  return s.end;
}

/** The part of a hyphen-joined word that starts at `pos` ("Xã" of "hóa-Xã"), as a word of its own. */
function partAt(doc: Doc, pos: number): Word | null {
  if (!/[-–]/u.test(doc.text.charAt(pos - 1))) return null;
  const m = PART.exec(doc.text.slice(pos, pos + 40));
  return m ? { start: pos, end: pos + m[0].length, text: m[0] } : null;
}

/** End of a lower-case run that reaches a committee or level word within a few words, else null. */
function lowerRunToAnchor(doc: Doc, w: Word, inList = false): number | null {
  let cur: Word | null = w;
  let last = w.start;
  for (let n = 0; cur && n <= MAX_LOWER_RUN; n++) {
    if (COMMITTEES.at(doc, cur.start) || (LEVELS.at(doc, cur.start) && n > 0)) return last;
    // "phòng cảnh sát PCCC số 4": the field's abbreviation then the unit's number end the name
    // there (a unit told apart by its number); an abbreviation with no number after it is
    // another body ("tham mưu BTV Huyện ủy").
    if (isAcronym(cur) && n > 0 && !LEVEL_HEADS.at(doc, cur.start) && unitNumberAt(doc, cur.end)) return cur.end;
    // In a list, a predicate's auxiliary or a number ("cao hơn 2 điểm", "năm nay") ends the run unanchored.
    if (cap(cur) || RUN_STOP.has(cur.text) || (inList && (FIELD_STOP.has(cur.text) || DIGIT.test(cur.text) || TIME_WORDS.has(cur.text)))) return null;
    last = cur.end;
    // "phối hợp với phòng Quản lý đô thị, Ban Chỉ huy quân sự thành phố": in a list of bodies
    // a sentence-case name runs to the comma before the next body.
    if (inList && listItemEnds(doc, last)) return last;
    cur = following(doc, cur);
  }
  return null;
}

const UNIT_BEFORE = /(?:^|[,;:(]|(?:^|[^\p{L}])(?:với|và|của|cho|giao|các|cầu|nghị|đạo|cùng|tại))\s*$/u;
const DIGIT = /\d/u;
const TIME_WORDS = new Set(['năm', 'tháng', 'ngày', 'nay', 'luôn']);
const NAMED_WHOLE = new Set(['Bộ', 'Báo', 'Tạp chí', 'Đài']);
const LIST_ITEM_END = /^[,;][^\S\n]*/u;
// "số 4", not a document's number ("số 100/2015/QH13", "số 2916/BCA").
const UNIT_NUMBER = /^[^\S\n]+số[^\S\n]+\d+(?![\p{L}\p{N}]|[/.-]\p{N}|[/-]\p{Lu})/u;

/** "số 4" straight after a unit's name: its number, the end it reaches, or null. */
function unitNumberAt(doc: Doc, pos: number): number | null {
  const m = UNIT_NUMBER.exec(doc.text.slice(pos, pos + 12));
  return m ? pos + m[0].length : null;
}

/** A comma or ";" at `pos`, then a word that begins a body's name. */
function listItemEnds(doc: Doc, pos: number): boolean {
  const sep = LIST_ITEM_END.exec(doc.text.slice(pos, pos + 4));
  const next = sep ? nextWord(doc, pos + sep[0].length) : null;
  return next !== null && startsBody(doc, next);
}

/** A word that begins a body's name, in either case ("Ban Chỉ huy", "phòng cảnh sát"). */
function startsBody(doc: Doc, w: Word): boolean {
  return !!(
    HEADS.at(doc, w.start) ||
    LEVEL_HEADS.at(doc, w.start) ||
    COMMITTEES.at(doc, w.start) ||
    COMMITTEE_PARTS.at(doc, w.start) ||
    NATIONAL.at(doc, w.start)
  );
}

const CAPTION_LABEL = /^(?:Ảnh|Nguồn|Video|Clip)\s*:/u;

/** Whether `w` ends a province's name begun by the last word of `run` (a module function: tsx names every closure made, at a cost). */
function provinceEnd(run: readonly Word[], w: Word): boolean {
  return run.length > 0 && FIGURE_NAMES.has(key(`${(run.at(-1) as Word).text} ${w.text}`));
}

/** A proper place name after a committee or level word: capitalised words, a person's name cut off. */
export function placeAfter(doc: Doc, pos: number): { text: string; end: number } | null {
  const run: Word[] = [];
  // "Thành ủy Thành phố Hồ Chí Minh": a level word written again before the place is skipped.
  const first = nextWord(doc, pos);
  const lv = first && cap(first) ? LEVELS.at(doc, first.start) : null;
  let w = nextWord(doc, lv?.end ?? pos);
  // "Công đoàn TP Ảnh: Hồng Đào" (line breaks lost): a caption's label is no place.
  if (w && CAPTION_LABEL.test(doc.text.slice(w.start, w.end + 2))) return null;
  while (
    w &&
    cap(w) &&
    !isAcronym(w) &&
    run.length < MAX_PLACE_WORDS + 3 &&
    !startsOther(doc, w) &&
    // "Hải Phòng": a head word ("Phòng") that ends a province's name is part of the place.
    (!HEADS.at(doc, w.start) || provinceEnd(run, w)) &&
    !LEVEL_HEADS.at(doc, w.start) &&
    // "Chính phủ", "Quốc hội": a national body is never a place.
    !NATIONAL.at(doc, w.start)
  ) {
    run.push(w);
    w = following(doc, w);
  }
  // "Tỉnh ủy Hà Tĩnh Hoàng Trung Dũng": a family name with two or more words after it starts a
  // person's name (right after the place only when the place itself is no family name, as
  // "Trần Lê Minh" is one name); a run that begins with a family name and has three or more
  // words is a person ("huyện ủy Bùi Thị Hoa"), not a place; a figure's name is a place here
  // ("thành phố Hồ Chí Minh").
  const figure = [3, 2].find(
    (k) =>
      run.length >= k &&
      FIGURE_NAMES.has(
        key(
          run
            .slice(0, k)
            .map((w) => w.text)
            .join(' '),
        ),
      ),
  );
  let n = run.length;
  const split = figure
    ? run.length > figure
      ? figure
      : -1
    : run.findIndex((w, i) => i >= 1 && run.length - i >= 2 && run.length - i <= 4 && isSurname(w.text) && (i >= 2 || !isSurname(run[0]?.text ?? '')));
  if (figure && split < 0) n = figure;
  else if (split > 0) n = split;
  else if (run.length >= 3 && isSurname(run[0]?.text ?? '')) return null;
  n = Math.min(n, MAX_PLACE_WORDS);
  const head = run[0];
  const last = run[n - 1];
  if (n === 0 || !head || !last) return null;
  return { text: doc.text.slice(head.start, last.end), end: last.end };
}
