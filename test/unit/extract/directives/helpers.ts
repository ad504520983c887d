import { extractDirectives } from '../../../../src/extract/directives/extractDirectives.js';
import type { ExtractedDirective } from '../../../../src/core/extraction.js';

export function run(text: string, articleYear: number | null = 2021) {
  return extractDirectives(text, { articleYear });
}

export function keys(text: string, articleYear: number | null = 2021): string[] {
  return run(text, articleYear).directives.map((d) => d.key);
}

export function directive(text: string, key: string, articleYear: number | null = 2021): ExtractedDirective {
  const d = run(text, articleYear).directives.find((x) => x.key === key);
  if (!d) throw new Error(`${key} not found in ${JSON.stringify(keys(text, articleYear))}`);
  return d;
}
