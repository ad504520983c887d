// A voter named at a meeting with the electorate (tiếp xúc cử tri): "Cử tri Trần Văn Lộc
// (phường Hòa Thuận) cho biết …". "cử tri" introduces a private person, with no position;
// the ward or commune in brackets after the name is where they live, no office. A family name
// is required ("cử tri Thủ đô", "cử tri quận Ba Đình" name the electorate, no one), and two
// words only with the bracket after them (a place of two words is more often meant).
import { nextWord, type Doc, type Word } from './doc.js';
import type { Mention } from './people.js';
import { matchesAfterBoundary } from '../../text/index.js';

const VOTER = /cử\s+tri\s+/gu;
const WARD_AFTER = /^\s*\(/u;

type ReadName = (doc: Doc, w: Word, strict: boolean) => { text: string; start: number; end: number } | null;

/** The voters named in [from, to); `readName` is people.ts's reader of a personal name. */
export function voterMentions(doc: Doc, from: number, to: number, readName: ReadName): Mention[] {
  const out: Mention[] = [];
  for (const v of matchesAfterBoundary(VOTER, doc.fold.slice(from, to))) {
    const w = nextWord(doc, from + v.index + v[0].length);
    const name = w ? readName(doc, w, true) : null;
    if (!w || !name || name.start !== w.start) continue;
    if (name.text.split(' ').length < 3 && !WARD_AFTER.test(doc.text.slice(name.end, name.end + 3))) continue;
    out.push({ name: name.text, nameStart: name.start, nameEnd: name.end, positions: [], start: name.start, end: name.end });
  }
  return out;
}
