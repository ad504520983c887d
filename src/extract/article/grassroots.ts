// Grassroots units of the Party and the Youth Union after an office (Điều lệ Đảng, Chương III:
// chi bộ, chi bộ cơ sở, đảng bộ cơ sở; Điều lệ Đoàn: chi đoàn, đoàn cơ sở; the Đoàn khối of the
// central bodies), named by the unit they are set up in, as Hướng dẫn 36-HD/VPTW writes them:
//   "Bí thư Chi đoàn Trung tâm Y tế huyện", "Bí thư Chi bộ thôn Đông", "Bí thư Đoàn cơ sở Trường X"
//   "Ủy viên Ban Chấp hành Đoàn khối các cơ quan Trung ương"
// A mass organisation's Ban Chấp hành or Ban Thường vụ is named with it too ("Ủy viên Ban Thường
// vụ Đoàn Thanh niên Bộ Xây dựng"). Written alone after the office ("Bí thư chi bộ") the unit is
// the holder's own and no body of the report: the position keeps the words, the body is unnamed.
import { cap, following, nextWord, type Doc } from './doc.js';
import { FIELDS, HEADS, isSurname } from './lexicon.js';
import { parseOrgAt, type OrgMatch } from './orgParser.js';

const UNIT =
  /^(?:(ban\s+chấp\s+hành|ban\s+thường\s+vụ)\s+)?(chi\s+bộ\s+cơ\s+sở|chi\s+bộ|đảng\s+bộ\s+cơ\s+sở|chi\s+đoàn|đoàn\s+cơ\s+sở|đoàn\s+khối)(?![\p{L}\p{N}])/u;
// The central bodies a Đoàn khối gathers ("Đoàn khối các cơ quan Trung ương", "… doanh nghiệp Trung ương").
const BLOC = /^\s+(?:các\s+cơ\s+quan|doanh\s+nghiệp)\s+(?:trung\s+ương|tỉnh|thành\s+phố)(?![\p{L}\p{N}])/u;
// A residential unit: "thôn Đông", "khu phố 3", "tổ dân phố số 5".
const RESIDENTIAL = /^\s+(?:thôn|xóm|ấp|bản|khu\s+phố|tổ\s+dân\s+phố|khu\s+dân\s+cư)\s+(?:số\s+)?/u;
const MAX_HOST_WORDS = 8;
// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const DIGIT_FIRST = /^\p{N}/u;

/** The grassroots unit named at `pos` (after an office), or null. */
export function grassrootsAt(doc: Doc, pos: number): OrgMatch | null {
  const w = nextWord(doc, pos);
  if (!w || /\S/u.test(doc.text.slice(pos, w.start))) return null;
  const u = UNIT.exec(doc.fold.slice(w.start, w.start + 40));
  if (!u) return committeeOfMassBody(doc, w.start);
  const unitEnd = w.start + u[0].length;
  const hostEnd = hostAfter(doc, unitEnd);
  const end = hostEnd ?? unitEnd;
  const name = doc.text.slice(w.start, end).replace(/\s+/gu, ' ');
  const org: OrgMatch = { name, place: null, level: null, anchored: true, national: false, start: w.start, end };
  // "Bí thư chi bộ": the holder's own unit, named by no one else.
  return hostEnd === null ? { ...org, unnamed: true } : org;
}

const PART = /^(?:ban\s+chấp\s+hành|ban\s+thường\s+vụ)\s+(?=\p{L})/u;
// Mass organisations whose congress elects a Ban Chấp hành and a Ban Thường vụ (Điều lệ Đoàn,
// Điều lệ Công đoàn, Điều lệ Hội): "Ủy viên Ban Thường vụ Đoàn Thanh niên Bộ Xây dựng".
const MASS_BODY = /^(?:Đoàn Thanh niên|Công đoàn|Liên đoàn Lao động|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội Cựu chiến binh)(?:\s|$)/u;

/** "Ban Thường vụ Đoàn Thanh niên Bộ Xây dựng": a committee of a mass organisation, named with it. */
function committeeOfMassBody(doc: Doc, start: number): OrgMatch | null {
  const part = PART.exec(doc.fold.slice(start, start + 20));
  const body = part ? parseOrgAt(doc, start + part[0].length) : null;
  if (!part || !body || body.unnamed || body.start !== start + part[0].length || !MASS_BODY.test(body.name)) return null;
  const name = `${doc.text.slice(start, body.start).replace(/\s+/gu, ' ')}${body.name}`;
  return { ...body, name, start };
}

/** Where the unit's host ends: a bloc, a residential unit, a body, or a capitalised name. */
function hostAfter(doc: Doc, at: number): number | null {
  const f = doc.fold.slice(at, at + 60);
  const bloc = BLOC.exec(f);
  if (bloc) return at + bloc[0].length;
  const res = RESIDENTIAL.exec(f);
  const from = res ? at + res[0].length : at;
  const first = nextWord(doc, from);
  if (!first || !(cap(first) || DIGIT_FIRST.test(first.text)) || /\S/u.test(doc.text.slice(from, first.start))) return null;
  const body = parseOrgAt(doc, first.start);
  if (body && !body.unnamed) return body.end;
  // "Chi đoàn Trung tâm": a unit named by capitalised words (a short name the report defines).
  // A head or a field written in sentence case ("Trung tâm", "Tổ chức") is one word of the name;
  // a family name with a name after it is the holder's ("Bí thư Chi bộ xóm Kim Cương Lâm Văn A").
  const head = HEADS.at(doc, first.start) ?? FIELDS.at(doc, first.start);
  let end = head?.end ?? first.end;
  let n = 1;
  for (let cur = nextWord(doc, end); cur && cap(cur) && n < MAX_HOST_WORDS && !/\S/u.test(doc.text.slice(end, cur.start)); cur = following(doc, cur), n++) {
    const after = following(doc, cur);
    if (isSurname(cur.text) && after && cap(after) && !/\S/u.test(doc.text.slice(cur.end, after.start))) break;
    end = cur.end;
  }
  return end;
}
