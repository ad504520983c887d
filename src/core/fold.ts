/**
 * Lower case without diacritics, for accent-insensitive matching and stable ids:
 * "Chỉ thị 05" → "chi thi 05", "Lê Hữu Thọ" → "le huu tho". Đ/đ has no combining
 * form in Unicode, so it is mapped by hand.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[Đđ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** fold() with every run of non-alphanumerics as one '-': a readable id segment. */
export function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
