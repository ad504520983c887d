// Scores one set of articles against its folder of hand-checked answers: the loop `npm run eval`
// runs for every set (the seeds, the genre-dev articles, the local reports), so each set is scored
// the same way. An answer file names its article in `source`; the article is read from
// `articlesDir`, or by `readArticle` when the articles are not files of a folder (a JSON Lines corpus).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractDocument } from '../core/extraction.js';
import { parseContractDocument } from './contractSchema.js';
import { add, CATEGORIES, prf, scoreDocument, type Category, type Counts, type Diff } from './score.js';

/** Reads one article (its file name and bytes) the way `kg extract` does. */
export type Extract = (file: string, bytes: Buffer) => ContractDocument;

export interface EvalSetOptions {
  name: string;
  /** Where the articles are (a folder, or the corpus file `readArticle` reads); named in the report. */
  articlesDir: string;
  goldDir: string;
  extract: Extract;
  /** The bytes of the article an answer's `source` names, or undefined when there is none; default: the file `articlesDir/source`. */
  readArticle?: (source: string) => Buffer | undefined;
  /** Also list articles of `articlesDir` that have no answer (for a folder meant to be fully answered). */
  listUnanswered?: boolean;
}

export interface ScoredArticle {
  source: string;
  scores: Record<Category, Counts & Diff>;
}

export interface EvalSetResult {
  name: string;
  articlesDir: string;
  goldDir: string;
  articles: ScoredArticle[];
  totals: Record<Category, Counts>;
  /** Answers whose article is not in `articlesDir`. */
  missingArticles: string[];
  /** Articles without an answer (only when `listUnanswered`). */
  unanswered: string[];
  /** Answered articles that report no meeting, and those of them where a meeting was extracted. */
  noMeeting: { articles: number; withExtractedMeeting: string[] };
}

const emptyTotals = (): Record<Category, Counts> => Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;

const readFromDir =
  (dir: string) =>
  (source: string): Buffer | undefined => {
    const path = join(dir, source);
    return existsSync(path) ? readFileSync(path) : undefined;
  };

/** The `source` of every answer file of `goldDir` (each checked against the contract's shape). */
export function answeredSources(goldDir: string): string[] {
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseContractDocument(JSON.parse(readFileSync(join(goldDir, f), 'utf8')), join(goldDir, f)).source);
}

export function evalSet(opts: EvalSetOptions): EvalSetResult {
  const goldFiles = readdirSync(opts.goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const result: EvalSetResult = {
    name: opts.name,
    articlesDir: opts.articlesDir,
    goldDir: opts.goldDir,
    articles: [],
    totals: emptyTotals(),
    missingArticles: [],
    unanswered: [],
    noMeeting: { articles: 0, withExtractedMeeting: [] },
  };
  const answered = new Set<string>();
  for (const goldFile of goldFiles) {
    const goldPath = join(opts.goldDir, goldFile);
    const gold = parseContractDocument(JSON.parse(readFileSync(goldPath, 'utf8')), goldPath);
    answered.add(gold.source);
    const bytes = (opts.readArticle ?? readFromDir(opts.articlesDir))(gold.source);
    if (bytes === undefined) {
      result.missingArticles.push(gold.source);
      continue;
    }
    const predicted = opts.extract(gold.source, bytes);
    const scores = scoreDocument(predicted, gold);
    result.articles.push({ source: gold.source, scores });
    for (const c of CATEGORIES) result.totals[c] = add(result.totals[c], scores[c]);
    if (gold.meetings.length === 0) {
      result.noMeeting.articles++;
      if (predicted.meetings.length > 0) result.noMeeting.withExtractedMeeting.push(gold.source);
    }
  }
  if (opts.listUnanswered) {
    result.unanswered = readdirSync(opts.articlesDir)
      .filter((f) => f.endsWith('.txt') && !answered.has(f))
      .sort();
  }
  return result;
}

const pct = (x: number): string => x.toFixed(3);

/** The per-category table `npm run eval` prints for one set. */
export function formatResult(r: EvalSetResult): string {
  const lines = [`${r.name}: ${r.articles.length} articles (${r.articlesDir} vs ${r.goldDir})`, ''];
  lines.push(
    `${'category'.padEnd(14)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   ${'tp'.padStart(3)} ${'fp'.padStart(3)} ${'fn'.padStart(3)}`,
  );
  for (const c of CATEGORIES) {
    const t = r.totals[c];
    const s = prf(t);
    lines.push(
      `${c.padEnd(14)} ${pct(s.precision).padStart(6)} ${pct(s.recall).padStart(6)} ${pct(s.f1).padStart(6)}   ${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`,
    );
  }
  if (r.noMeeting.articles > 0) {
    const bad = r.noMeeting.withExtractedMeeting;
    lines.push(
      '',
      `articles reporting no meeting: ${r.noMeeting.articles}, with a meeting extracted: ${bad.length}${bad.length ? ` (${bad.join(', ')})` : ''}`,
    );
  }
  for (const m of r.missingArticles) lines.push(`answer for ${m}, but no such article in ${r.articlesDir}: skipped`);
  for (const u of r.unanswered) lines.push(`no answer for ${u}: skipped`);
  return lines.join('\n');
}

/** What is missing and extra, per article and category (`--verbose`). */
export function formatDiffs(r: EvalSetResult): string {
  const lines: string[] = [];
  for (const a of r.articles) {
    for (const c of CATEGORIES) {
      const d = a.scores[c];
      if (!d.missing.length && !d.extra.length) continue;
      lines.push(`${a.source} ${c}`);
      for (const m of d.missing) lines.push(`   - missing  ${m}`);
      for (const x of d.extra) lines.push(`   + extra    ${x}`);
    }
  }
  return lines.join('\n');
}
