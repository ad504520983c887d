// The article extractor's only door to the directive extractor (src/extract/directives, owned
// elsewhere): one place to change if its module moves or its signature grows.
export { extractDirectives, type DirectiveContext, type DirectiveExtraction } from '../directives/extractDirectives.js';
