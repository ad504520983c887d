/** A stretch of a text, as offsets [start, end) into it. */
export interface Span {
  start: number;
  end: number;
}
