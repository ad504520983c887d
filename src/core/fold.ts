// Accentless keys for ids and search live in the text module (src/text/searchKey.ts).
export { searchKey as fold, slug } from '../text/searchKey.js';
