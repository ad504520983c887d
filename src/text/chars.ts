// What kind of character one UTF-16 unit of the Basic Multilingual Plane is, read from a table
// filled as units are met: the per-character loops of the extractor (words, letter runs,
// capitals) ask this instead of running a Unicode-property regular expression at each offset.
// A unit of a surrogate pair is no character on its own: callers take their regular-expression
// path for text outside the plane.

/** \p{L} */
export const LETTER = 1;
/** \p{N} */
export const DIGIT = 2;
/** \p{M} */
export const MARK = 4;
/** \p{Lu} */
export const UPPER = 8;
/** What `isCapitalized` asks: the unit changes when lower-cased and not when upper-cased. */
export const CAPITAL = 16;
/** \s */
export const SPACE = 32;
/** A unit of a surrogate pair (no character on its own). */
export const SURROGATE = 64;
const KNOWN = 128;

const CLASS = new Uint8Array(0x10000);

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return KNOWN | SURROGATE;
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  if (/\p{L}/u.test(ch)) k |= LETTER;
  if (/\p{N}/u.test(ch)) k |= DIGIT;
  if (/\p{M}/u.test(ch)) k |= MARK;
  if (/\p{Lu}/u.test(ch)) k |= UPPER;
  if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) k |= CAPITAL;
  if (/\s/u.test(ch)) k |= SPACE;
  return k;
}

/** The class bits of UTF-16 unit `c` (0 ≤ c < 0x10000); a surrogate unit has none of LETTER, DIGIT, MARK. */
export function unitClass(c: number): number {
  const k = CLASS[c] as number; // c < 0x10000: always in the table
  return k !== 0 ? k : (CLASS[c] = classify(c));
}
// ASCII and the surrogates are asked first and most: filled at once.
for (let c = 0; c < 0x80; c++) CLASS[c] = classify(c);
for (let c = 0xd800; c <= 0xdfff; c++) CLASS[c] = classify(c);

export const isSurrogateUnit = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
