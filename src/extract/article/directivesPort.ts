// The article extractor's only door to the directive extractor (src/extract/directives, owned
// elsewhere): one place to change if its module moves or its signature grows.
import type { ExtractedCitation, ExtractedDirective } from '../../core/extraction.js';

export interface DirectiveContext { articleYear: number | null }
export interface DirectiveExtraction { directives: ExtractedDirective[]; citations: ExtractedCitation[] }

/** Stub until src/extract/directives/extractDirectives.ts lands: no directives. */
export function extractDirectives(_text: string, _ctx: DirectiveContext): DirectiveExtraction {
  return { directives: [], citations: [] };
}
