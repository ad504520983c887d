// A speaker described by words no title reader takes, between the name and the speech verb:
//   "Ông Phan Văn Bảy- Tổ hợp tác nuôi cá ở xã An Hòa cho biết, …"   (a farmer, a group's head)
//   "Ông Nguyễn Văn Minh, một nông dân ở xã Tân Hòa, đề nghị …"
//   "Cử tri Trần Văn Lộc (phường Hòa Thuận) cho biết …"              (the voter's ward in brackets)
//   "Ông A- Giám đốc Ngân hàng nhà nước (NHNN) tỉnh Bến Tre cho biết …" (the rest of a title past a bracket)
// Local reports name private persons so (hard case: speakers with no official title); the
// description opens on a separator ("-", ",", "(") and stays inside the clause: no other person,
// no word that starts another clause, a few words only. roles.ts reads the cue after it.
import type { Doc } from './doc.js';
import type { Mention } from './people.js';

const REACH = 120;
const MAX_WORDS = 14;
const OPENS = /^\s*(?:[-–—,]|\()/u;
const ENDS = /[.;:!?"“”]/u;
/** Words that start another clause or tell something else of the person: the description is over. */
const NOT_DESCRIPTION = new Set(['là', 'được', 'có', 'thì', 'nhưng', 'mà', 'khi', 'nếu', 'vì', 'bị', 'sẽ', 'đang', 'vừa', 'không', 'chưa', 'đã']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}&/.-]*|[()]/gu;

/**
 * Where the verb after `m`'s description may start: each word of the description in turn, from
 * the second on (the caller reads a cue there); null when no description follows `m`.
 */
export function describedCueStarts(doc: Doc, m: Mention, mentions: readonly Mention[]): number[] {
  const end = Math.max(m.end, m.nameEnd);
  const region = doc.text.slice(end, end + REACH);
  if (!OPENS.test(region)) return [];
  const stop = ENDS.exec(region);
  const scope = region.slice(0, stop ? stop.index : region.length);
  const next = mentions.find((x) => x.start > end && x.start < end + scope.length);
  const limit = next ? next.start - end : scope.length;
  const out: number[] = [];
  let words = 0;
  let depth = 0;
  for (const w of scope.slice(0, limit).matchAll(WORD)) {
    if (w[0] === '(') depth++;
    else if (w[0] === ')') depth = Math.max(0, depth - 1);
    else if (++words > MAX_WORDS) break;
    else if (depth === 0 && words > 1) {
      out.push(end + w.index);
      if (NOT_DESCRIPTION.has(w[0].toLocaleLowerCase('vi'))) break;
    }
  }
  return out;
}
