// Pages often repeat a paragraph: the opening as a teaser after the by-line, a caption that
// restates the body. A paragraph counts once: exact repeats go, and so does a later paragraph
// whose word n-grams almost all occur earlier (a truncated or re-joined copy).

const SHINGLE = 5;
const CONTAINED = 0.8;
const MIN_WORDS = 6;

const words = (s: string): string[] => s.toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
const exactKey = (s: string): string => words(s).join(' ');

function shingles(ws: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}

/**
 * Keeps paragraphs in order, dropping repeats. `keepLoose(i)` marks paragraphs (the headline
 * area) that only exact repeats may remove, so a headline restating the lead stays.
 */
export function dedupeParagraphs(paragraphs: string[], keepLoose: (index: number) => boolean = () => false): string[] {
  const seenExact = new Set<string>();
  const seenShingles = new Set<string>();
  const kept: string[] = [];
  paragraphs.forEach((p, i) => {
    const ws = words(p);
    const k = exactKey(p);
    if (k && seenExact.has(k)) return;
    if (ws.length >= MIN_WORDS && !keepLoose(i)) {
      const sh = shingles(ws, SHINGLE);
      const hit = sh.filter((s) => seenShingles.has(s)).length;
      if (sh.length > 0 && hit / sh.length >= CONTAINED) return;
    }
    if (k) seenExact.add(k);
    for (const s of shingles(ws, SHINGLE)) seenShingles.add(s);
    kept.push(p);
  });
  return kept;
}
