// The text module of the extractor: every rule folds, keys, builds patterns, splits sentences
// and makes dates through these (README.md).
export { fold, bare, bareOfFolded, collapse, key, bareKey, otherTonePlacement, isCapitalized, capitalizeFirst, letterCounts, mostlyUpperCase } from './fold.js';
export { searchKey, slug } from './searchKey.js';
export { escapeRe, phrasePattern, phrasePatternIn, phraseAlternation, byLength, WORD_START, WORD_END, letterBefore, matchesAfterBoundary } from './patterns.js';
export {
  PhraseSet,
  leadingRun,
  lowerWords,
  countLowerWords,
  isLetterOrDigitUnit,
  runAt,
  runId,
  runIdAt,
  runIdCount,
  runIdPairAt,
  pairBareId,
} from './phrases.js';
export { sentenceSpans, sentenceSpanAt, spanCovering } from './sentences.js';
export { calendarDate, daysInMonth, isoDate, type DayMonth } from './dates.js';
export { parseDateLine, isDateLine } from './dateLine.js';
export type { Span } from './span.js';
export { readWords, type Word } from './words.js';
export { unitClass, isSurrogateUnit, LETTER, DIGIT, MARK, UPPER, CAPITAL, SPACE, SURROGATE } from './chars.js';
