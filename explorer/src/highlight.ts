// Pure: an article's text cut into pieces at the edges of the passages to highlight.

export interface Span {
  start: number;
  end: number;
  /** What was read there, e.g. "CT-5-TW" or "Lê Hữu Thọ (chủ trì)". */
  label: string;
  kind: 'citation' | 'participant';
  /** The node it points to. */
  target: string;
}

export interface Piece {
  text: string;
  start: number;
  /** The spans covering this piece (empty: plain text). */
  marks: Span[];
}

/** Cuts `text` at every span edge; spans out of range are clipped, empty ones dropped; overlapping spans mark the same piece. */
export function pieces(text: string, spans: readonly Span[]): Piece[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0; // i + 1 < cuts.length: both are there
    const end = cuts[i + 1] ?? text.length;
    const marks = valid.filter((s) => s.start <= start && s.end >= end);
    const last = out[out.length - 1];
    // Neighbouring plain pieces stay one piece.
    if (last && last.marks.length === 0 && marks.length === 0) last.text += text.slice(start, end);
    else out.push({ text: text.slice(start, end), start, marks });
  }
  return out;
}
