// A class shared along an enumeration of documents of one kind: "qua Chỉ thị 10, Chỉ thị 12 đến
// Chỉ thị số 14-CT/TW", "từ Chỉ thị 06, Chỉ thị 03, Chỉ thị 05" (05 known as the Bộ Chính trị's).
// A writer who lists documents of one kind side by side names their issuer once; a member of
// another issuer is written with its own ("Chỉ thị 05-CT/TW và Chỉ thị 10/CT-TTg"), so a list
// whose members name two classes gives nothing. Party documents only: their numbers run per
// term for every central body alike, while State documents of one kind come from many bodies
// (Quyết định of the Thủ tướng, of a ministry, of a province) and a list of them mixes issuers
// without saying so. An issuer written after a member that is not the last ("Chỉ thị 05 của Bộ
// Chính trị, Chỉ thị 87 của …") is that member's own and closes the list; a bare member followed
// by "của"/"do" names an issuer the reader did not know, and is left as it is.
import type { Mention } from './mention.js';
import { isPartyClass } from './symbols.js';

/** After a member: an issuer written that was not read ("của Thường vụ Quân ủy …"). */
const UNREAD_ISSUER = /^\s*,?\s*(?:của|do)\s/u;

/** Between two members: a comma, "và", "cùng (với)", or the "đến"/"tới" of a "từ … đến" series. */
const LIST_GAP = /^\s*(?:,|và|,\s*và|cùng|cùng\s+với|,?\s*(?:đến|tới))\s*$/u;

function classOf(key: string): string {
  return key.slice(key.lastIndexOf('-') + 1);
}

/**
 * Gives the bare members of a same-kind list (no symbol, no issuer, key class `?`) the one Party
 * class its other members carry, as their `issuerClass`. `keys` are the settled keys of `ms`.
 * Returns whether any mention changed (the caller settles the keys again).
 */
export function shareListClass(f: string, ms: Mention[], keys: string[]): boolean {
  let changed = false;
  let from = 0;
  for (let i = 1; i <= ms.length; i++) {
    const a = ms[i - 1];
    const b = ms[i];
    const joined =
      a && b && !a.issuer && !a.namedKey && !b.namedKey && a.kind.abbr === b.kind.abbr && (a.group === b.group || LIST_GAP.test(f.slice(a.tailEnd, b.start)));
    if (joined) continue;
    if (i - from > 1 && fillRun(f, ms, keys, from, i)) changed = true;
    from = i;
  }
  return changed;
}

function fillRun(f: string, ms: Mention[], keys: string[], from: number, to: number): boolean {
  const classes = new Set<string>();
  for (let i = from; i < to; i++) {
    const cls = classOf(keys[i] ?? '?');
    if (cls !== '?') classes.add(cls);
  }
  const [cls] = [...classes];
  if (classes.size !== 1 || !cls || !isPartyClass(cls)) return false;
  let changed = false;
  for (let i = from; i < to; i++) {
    const m = ms[i];
    if (!m || m.symbol || m.issuer || classOf(keys[i] ?? '') !== '?' || UNREAD_ISSUER.test(f.slice(m.headEnd, m.headEnd + 12))) continue;
    m.issuerClass = cls;
    changed = true;
  }
  return changed;
}
