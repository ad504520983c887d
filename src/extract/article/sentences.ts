// Sentence spans of the cleaned text, for evidence. A paragraph (one line) never spans two
// sentences; inside it a sentence ends at . ! ? … (or the "./." sign-off) before a capital.

export interface Span { start: number; end: number }

const END = /(?:\.\/\.|[.!?…]+)(?=\s+["“(]?[\p{Lu}\p{N}])|(?:\.\/\.|[.!?…]+)$/gu;

export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let s = 0;
    END.lastIndex = 0;
    for (let m = END.exec(line); m; m = END.exec(line)) {
      const e = m.index + m[0].length;
      push(spans, line, lineStart, s, e);
      s = e;
    }
    push(spans, line, lineStart, s, line.length);
    lineStart += line.length + 1;
  }
  return spans;
}

function push(spans: Span[], line: string, base: number, s: number, e: number): void {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(line.charAt(a))) a++;
  while (b > a && /\s/.test(line.charAt(b - 1))) b--;
  if (b > a) spans.push({ start: base + a, end: base + b });
}

/** The sentence around offset `at` (the whole text when none covers it). */
export function sentenceAt(text: string, spans: Span[], at: number): string {
  const s = spans.find((x) => x.start <= at && at < x.end) ?? spans.find((x) => x.start >= at);
  return s ? text.slice(s.start, s.end) : text;
}
