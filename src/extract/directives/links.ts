// Relations between neighbouring citations: a shared issuer ("Chỉ thị số 05 và Kết luận số 01
// của Bộ Chính trị") and IMPLEMENTS ("Kế hoạch số 110 … của Ban Thường vụ Huyện ủy thực hiện
// Chỉ thị số 05", "Kết luận số 51 về tiếp tục thực hiện Nghị quyết số 29"). A meeting that
// reviews a directive ("sơ kết, tổng kết … thực hiện Chỉ thị …") is not a directive carrying
// it out: only the connecting words below may stand between the two citations.
import { phrasePattern } from './fold.js';
import { LEXICON } from './lexicon.js';
import type { Mention } from './mention.js';
import { sentenceSpanAt } from './sentences.js';

// ";" separates items of a task list ("quán triệt X; Y"), not members sharing one issuer.
const COORDINATION = /^\s*(?:,|và|,\s*và|cùng|cùng\s+với)\s*$/u;
const alt = (xs: string[]): string =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((p) => phrasePattern(p))
    .join('|');
// One or more action words ("học tập, quán triệt và triển khai thực hiện"), at least one of
// which carries out (thực hiện, triển khai, quán triệt …); "sơ kết"/"tổng kết" are not among them.
const ACTION = `(?:${alt([...LEXICON.implementsVerbs, ...LEXICON.implementsCompanions])})`;
const ACTIONS = `${ACTION}(?:(?:\\s*,\\s*|\\s+và\\s+|\\s+)${ACTION})*`;
const CARRY_OUT = new RegExp(
  `^\\s*,?\\s*(?:về(?:\\s+việc)?\\s*)?[“"«]?\\s*(?:(?:${alt(LEXICON.implementsLeads)})\\s+)*(${ACTIONS})` +
    `(?:\\s+(?:có\\s+hiệu\\s+quả|tốt|nghiêm\\s+túc))?(?:\\s+(?:các|những))?\\s*$`,
  'u',
);
const CORE_VERB = new RegExp(`(?:^|\\s)(?:${alt(LEXICON.implementsVerbs)})(?![\\p{L}])`, 'u');

// "Thực hiện Chỉ thị số 05 …, Huyện ủy đã ban hành Kế hoạch số 12 …": the later one carries out
// the earlier, when the sentence opens with the carrying-out verb.
const OPENS_CARRYING = /^\s*(?:để\s+|nhằm\s+)?(?:tiếp\s+tục\s+)?(?:triển\s+khai\s+)?thực\s+hiện\s+$/u;
const THEN_ENACTS = /^\s*,\s*(?:[^,;.]{0,80}?\s)?(?:đã\s+|vừa\s+)?(?:xây\s+dựng(?:\s+và)?\s+)?(?:ban\s+hành|xây\s+dựng)\s+$/u;

function carriesOut(gap: string): boolean {
  const m = CARRY_OUT.exec(gap);
  return m !== null && CORE_VERB.test(` ${m[1] ?? ''}`);
}

/** Copies the issuer of a list's last member to earlier members that name none. */
export function shareIssuers(f: string, ms: Mention[]): void {
  for (let i = ms.length - 2; i >= 0; i--) {
    const m = ms[i];
    const next = ms[i + 1];
    if (!m || !next || m.issuer || m.namedKey || !next.issuer || next.namedKey) continue;
    if (!COORDINATION.test(f.slice(m.tailEnd, next.start))) continue;
    m.issuer = next.issuer;
    m.issuerClass = next.issuerClass;
  }
}

/**
 * Pairs [carrier index, carried index] where the text says one carries out the other. `keys`
 * are the mentions' keys: a list after the carried document ("thực hiện Nghị quyết số 18 và
 * Nghị quyết số 19 của Trung ương") is carried too, unless a member comes from the carrier's own
 * level ("Kế hoạch … của Tỉnh ủy thực hiện Kết luận … của Ban Bí thư và Kết luận … của Ban
 * Thường vụ Tỉnh ủy" lists a further document of the province, not one the plan carries out).
 */
export function implementsPairs(text: string, f: string, ms: Mention[], keys: string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let b = 1; b < ms.length; b++) {
    const ma = ms[b - 1];
    const mb = ms[b];
    if (!ma || !mb) continue;
    // The carried document may sit inside the carrier's quoted title ("Kết luận số 49 về việc
    // “Tiếp tục thực hiện Chỉ thị số 11 …”") or after it.
    const gaps = [ma.headEnd, ma.tailEnd].filter((from) => from <= mb.start).map((from) => f.slice(from, mb.start));
    if (gaps.some(carriesOut)) {
      if (!issuedAfter(mb, ma)) pairs.push([b - 1, b]);
    } else if (gaps.some((g) => THEN_ENACTS.test(g)) && OPENS_CARRYING.test(f.slice(sentenceSpanAt(text, ma.start).start, ma.start))) {
      if (!issuedAfter(ma, mb)) pairs.push([b, b - 1]);
    } else if (gaps.some((g) => COORDINATION.test(g)) || ma.group === mb.group) {
      // "thực hiện Chỉ thị số 05 và Nghị quyết Trung ương 4": the carrier reaches both.
      const carriers = pairs.filter(([, y]) => y === b - 1).map(([x]) => x);
      for (const x of carriers) {
        const carrier = ms[x];
        if (carrier && classOf(keys[x]) !== classOf(keys[b]) && !issuedAfter(mb, carrier)) pairs.push([x, b]);
      }
    }
  }
  return pairs;
}

function classOf(key: string | undefined): string {
  return key ? key.slice(key.lastIndexOf('-') + 1) : '';
}

/** Both dates written in full and `later` issued after `earlier`: it cannot be carried out by it. */
function issuedAfter(later: Mention, earlier: Mention): boolean {
  const a = later.date;
  const b = earlier.date;
  if (!a?.year || !b?.year) return false;
  return a.year * 400 + a.month * 32 + a.day > b.year * 400 + b.month * 32 + b.day;
}
