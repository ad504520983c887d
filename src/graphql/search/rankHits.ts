import { fold } from '../../core/fold.js';
import type { NodeProps } from '../../store/GraphStore.js';

// Ranking for search(): cheap, in memory, over the few candidates the database
// returned. Words are compared folded; numbers ignore leading zeros ("05" = "5");
// one edit (typo, swapped letters) is forgiven in words of four letters or more.

export function queryWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const stripZeros = (w: string) => (/^\d+$/.test(w) ? w.replace(/^0+(?=\d)/, '') : w);

/** Strings sent to the database: the words (and their other number spellings), with `fragments` also a 3-letter head and tail of longer words. */
export function probes(words: string[], fragments: boolean): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (/^\d+$/.test(w)) {
      out.add(stripZeros(w));
      if (w.length === 1) out.add(`0${w}`);
    } else if (fragments && w.length >= 4) {
      out.add(w.slice(0, 3));
      out.add(w.slice(-3));
    }
  }
  return [...out];
}

/** Damerau–Levenshtein distance, stopping early once it exceeds 1. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // deletion
    restA === restB.slice(1) || // insertion
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
  );
}

function wordScore(word: string, nodeWords: string[]): number {
  const w = stripZeros(word);
  if (nodeWords.some((v) => stripZeros(v) === w)) return 1;
  if (word.length >= 2 && nodeWords.some((v) => v.startsWith(word))) return 0.7;
  if (word.length >= 4 && nodeWords.some((v) => withinOneEdit(v, word))) return 0.6;
  return 0;
}

export interface Hit {
  score: number;
  node: NodeProps;
}

/**
 * Scores a candidate: the mean word score, plus 0.5 when the folded query appears
 * whole, plus a little for a short text (a name beats a long title that mentions it).
 * Null when fewer than two thirds of the words match.
 */
export function scoreNode(words: string[], node: NodeProps): number | null {
  const folded = typeof node.folded === 'string' ? node.folded : '';
  const nodeWords = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || nodeWords.length === 0) return null;
  const scores = words.map((w) => wordScore(w, nodeWords));
  if (scores.filter((s) => s > 0).length * 3 < words.length * 2) return null;
  const mean = scores.reduce((a, b) => a + b, 0) / words.length;
  const phrase = ` ${nodeWords.map(stripZeros).join(' ')} `.includes(` ${words.map(stripZeros).join(' ')} `) ? 0.5 : 0;
  const brevity = 0.1 * Math.min(1, words.length / nodeWords.length);
  return Math.round((mean + phrase + brevity) * 1000) / 1000;
}

export function rankHits(words: string[], candidates: NodeProps[]): Hit[] {
  const hits: Hit[] = [];
  for (const node of candidates) {
    const score = scoreNode(words, node);
    if (score !== null) hits.push({ score, node });
  }
  return hits.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id));
}
