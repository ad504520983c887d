// A word list compiled for reading a phrase at an offset of a folded text. A phrase can match
// at a position only when the run of letters and digits that starts there is the run its own
// first word starts with, so the phrases are grouped by that run and only one group's
// alternation is tried: the answer is the one a single alternation of every phrase would give
// (same order inside the group), at a fraction of the cost on a long list.
import { collapse, fold } from './fold.js';
import { phrasePatternIn } from './patterns.js';

const LEADING_RUN = /[\p{L}\p{N}]*/uy;

function leadingRun(s: string, pos: number): string {
  LEADING_RUN.lastIndex = pos;
  return LEADING_RUN.exec(s)?.[0] ?? '';
}

export class PhraseSet {
  private readonly groups = new Map<string, RegExp>();

  /**
   * `phrases` in the order an alternation would try them (the first that matches wins);
   * `f` is the form of the text searched (fold, or bare for typo-tolerant lists);
   * `after` is a pattern that must follow the phrase (whole words by default).
   */
  constructor(phrases: readonly string[], f: (s: string) => string = fold, after = '(?![\\p{L}\\p{N}])') {
    const byRun = new Map<string, string[]>();
    for (const p of phrases) {
      const run = leadingRun(collapse(f(p)), 0);
      const list = byRun.get(run) ?? [];
      list.push(phrasePatternIn(f, p));
      byRun.set(run, list);
    }
    for (const [run, patterns] of byRun) this.groups.set(run, new RegExp(`(?:${patterns.join('|')})${after}`, 'uy'));
  }

  /** The text of the phrase matching at `pos` of `text` (in the set's form), or null. */
  matchAt(text: string, pos: number): string | null {
    const re = this.groups.get(leadingRun(text, pos));
    if (!re) return null;
    re.lastIndex = pos;
    return re.exec(text)?.[0] ?? null;
  }
}
