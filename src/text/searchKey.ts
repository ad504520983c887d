// Made once: tsx (esbuild) turns a \p{…} literal inside a function into a RegExp built at every call.
const NONSPACING_MARKS = /\p{Mn}/gu;
/**
 * Lower case without diacritics, for accent-insensitive search and stable ids: "Chỉ thị 05" →
 * "chi thi 05", "Lê Hữu Thọ" → "le huu tho" (tone placement no longer matters once the tones
 * are gone). Đ/đ has no combining form in Unicode, so it is mapped by hand. Not the same
 * length as its input: for offsets use fold/bare (fold.ts).
 */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(NONSPACING_MARKS, '').replace(/[Đđ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** searchKey() with every run of non-alphanumerics as one '-': a readable id segment. */
export function slug(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
