// A lead's meeting title put in the words the report names it with (conventions of the gold
// answers, from how national reports write a meeting's name):
//   "Hội nghị toàn quốc theo hình thức trực tuyến ở 63 điểm cầu trong cả nước sơ kết …"
//        how it was held, written between the noun and the name, is no part of the name;
//   "… doanh nghiệp nhỏ (DNN)"   an abbreviation or short name defined in brackets is not the name's;
//   "Chỉ thị số 05 - CT/TW"      a symbol's stray spaces are closed up ("05-CT/TW");
//   "Chính phủ họp phiên thường kỳ tháng 6-2017" → "Họp phiên thường kỳ tháng 6-2017" as written
//        (a numbered "họp kỳ thứ 15" stays "Kỳ họp thứ 15 của …", the sitting's name);
//   "hội nghị “Triển khai kế hoạch …”" → "Hội nghị Triển khai kế hoạch …": a name quoted after
//        its noun is the title with the noun, the marks dropped (gold-local conventions).
import type { MeetingLead } from './meetingLeads.js';
import { fold } from './text.js';

// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
/** What a meeting's name goes on with after the manner phrase: its purpose or its subject. */
const PURPOSE =
  '(?:sơ\\s+kết|tổng\\s+kết|triển\\s+khai|quán\\s+triệt|giao\\s+ban|đánh\\s+giá|về|học\\s+tập|thông\\s+tin|phổ\\s+biến|bàn|góp\\s+ý|lấy\\s+ý\\s+kiến|công\\s+bố|tuyên\\s+truyền|đẩy\\s+mạnh|thúc\\s+đẩy|kiểm\\s+điểm|rút\\s+kinh\\s+nghiệm|hướng\\s+dẫn|chuyên\\s+đề|thảo\\s+luận|cho\\s+ý\\s+kiến|đối\\s+thoại)(?![\\p{L}])';
/** "theo hình thức trực tuyến (ở 63 điểm cầu trong cả nước)", "bằng hình thức trực tiếp kết hợp trực tuyến tới các tỉnh, thành phố". */
const MANNER = new RegExp(
  `^\\s+(?:theo|bằng|dưới)\\s+hình\\s+thức\\s+(?:trực\\s+tiếp\\s+(?:kết\\s+hợp\\s+(?:với\\s+)?|và\\s+)trực\\s+tuyến|trực\\s+tuyến|trực\\s+tiếp)(?:\\s+(?:ở|tại|với|tới|đến|kết\\s+nối(?:\\s+(?:với|tới|đến))?)\\s+[^.;:()"“”]{1,90}?)?\\s+(?=${PURPOSE})`,
  'u',
);
/** "(DNN)", "(GDLK)", "(QH)": capitals defining an abbreviation; a term "(XII)" in roman numerals is not one. */
const DEFINED_ABBREVIATION = /\s*\((?![IVXLC]+\))[A-ZĐ][A-ZĐ0-9]{1,9}\)(?=$|[\s,.;:])/gu;
/**
 * "Công ty CP Tổng Cty Tín Nghĩa (Cty Tín Nghĩa)": a short name defined in brackets, ending on the
 * words the name before it ends on, is the name's later form, not part of it.
 */
const BRACKETED = /\s*\(([^()]{2,40})\)(?=$|[\s,.;:])/gu;
const LAST_TWO_WORDS = /(\S+\s+\S+)$/u;

function withoutShortNames(title: string): string {
  return title.replace(BRACKETED, (whole: string, inner: string, at: number) => {
    const tail = LAST_TWO_WORDS.exec(fold(inner).trim())?.[1];
    return tail !== undefined && inner.trim().split(/\s+/).length <= 5 && fold(title.slice(0, at)).endsWith(tail) ? '' : whole;
  });
}
/** "05 - CT/TW", "19 -NQ/TW": a number, a spaced dash, a symbol's letters and its slash. */
const SPACED_SYMBOL_DASH = /(?<=\d[\p{L}\d]*)(?:\s+[-–]\s*|\s*[-–]\s+)(?=\p{Lu}{1,8}\/\p{Lu})/gu;
const HOP_BEFORE = /(?<![\p{L}])họp\s+(?:phiên|kỳ)\s*$/u;
const SITTING_TITLE = /^(?:Phiên họp|Kỳ họp) /u;
const NUMBERED_TAIL = /^(?:lần\s+)?thứ\s/u;
/** The noun (up to three words: "Hội nghị", "Hội thảo khoa học") then the whole rest in quotation marks. */
const QUOTED_NAME = /^([^\s“”"]+(?:\s+[^\s“”"]+){0,2})\s+[“"]([^“”"]{2,})[”"]$/u;

export type CutTitle = (t: string) => string;

/** The title as the report names the meeting; `cut` ends a title where its clause ends (meetingLeads.ts). */
export function tidyLeadTitle(text: string, f: string, lead: MeetingLead, cut: CutTitle): MeetingLead {
  let { title, titleSpan } = lead;
  const written = fold(text.slice(titleSpan.start, titleSpan.end)) === fold(title);
  const manner = written ? MANNER.exec(f.slice(titleSpan.end, lead.sentence.end)) : null;
  if (manner) {
    const resume = titleSpan.end + manner[0].length;
    const rest = cut(text.slice(resume, lead.sentence.end));
    if (rest) {
      title = `${title} ${rest}`;
      titleSpan = { start: titleSpan.start, end: resume + rest.length };
    }
  }
  if (lead.shape === 'sitting' && SITTING_TITLE.test(title) && HOP_BEFORE.test(f.slice(Math.max(0, titleSpan.start - 12), titleSpan.start))) {
    const tail = title.replace(SITTING_TITLE, '');
    if (!NUMBERED_TAIL.test(fold(tail))) title = `Họp ${title.startsWith('Phiên') ? 'phiên' : 'kỳ'} ${tail}`;
  }
  title = withoutShortNames(title.replace(DEFINED_ABBREVIATION, '')).replace(SPACED_SYMBOL_DASH, '-').replace(QUOTED_NAME, '$1 $2');
  return title === lead.title && titleSpan === lead.titleSpan ? lead : { ...lead, title, titleSpan };
}
