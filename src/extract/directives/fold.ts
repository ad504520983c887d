// Moved to the extractor's text module (src/text); kept so imports of rules not yet switched resolve.
export { fold, phrasePattern, WORD_START, WORD_END } from '../../text/index.js';
