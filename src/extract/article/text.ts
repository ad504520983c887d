// Moved to the extractor's text module (src/text); kept so imports of rules not yet switched resolve.
import { fold, phrasePatternIn } from '../../text/index.js';

export { fold, bare, collapse, key, bareKey, isCapitalized, capitalizeFirst, escapeRe } from '../../text/index.js';

/** A phrase as a pattern over folded text (or over the form `f` gives). */
export const phrasePattern = (phrase: string, f: (s: string) => string = fold): string => phrasePatternIn(f, phrase);
