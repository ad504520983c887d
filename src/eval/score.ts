// Scores extracted documents against hand-checked answers, category by category. Items are
// compared as sets per document after NFC, lower case and single spaces; counts add up over
// documents (micro-average).
import type { ContractDocument } from '../core/extraction.js';

export const CATEGORIES = [
  'directives',
  'citations',
  'people',
  'positions',
  'organizations',
  'meetings',
  'meetingsFound',
  'dates',
  'places',
  'participants',
  'authors',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Diff {
  missing: string[];
  extra: string[];
}

export const norm = (s: string): string => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

/** The items of one category a document asserts, as comparable strings. */
export function itemsOf(doc: ContractDocument, cat: Category): string[] {
  switch (cat) {
    case 'directives':
      return doc.directives.map((d) => d.key);
    case 'citations':
      return doc.meetings.flatMap((m) => m.cites);
    case 'people':
      return doc.people.map((p) => p.name);
    case 'positions':
      return doc.people.flatMap((p) => p.positions.map((q) => `${p.name} | ${q}`));
    case 'organizations':
      return doc.organizations.map((o) => `${o.name} | ${o.place ?? ''}`);
    case 'meetings':
      return doc.meetings.map((m) => m.title);
    // How many meetings, whatever their titles: tells finding a meeting apart from wording its title.
    case 'meetingsFound':
      return doc.meetings.map((_, i) => `meeting ${i + 1}`);
    case 'dates':
      return [...doc.meetings.filter((m) => m.date !== null).map((m) => `meeting ${m.date}`), ...(doc.publishedOn ? [`published ${doc.publishedOn}`] : [])];
    // Where meetings were held, whatever their titles (as dates): a wrong title is scored once, under meetings.
    case 'places':
      return doc.meetings.flatMap((m) => (m.place !== null ? [`meeting ${m.place}`] : []));
    case 'participants':
      return doc.meetings.flatMap((m) => m.participants.map((p) => `${p.name} | ${p.role}`));
    case 'authors':
      return doc.authors;
  }
}

export function compare(predicted: string[], gold: string[]): Counts & Diff {
  const p = new Set(predicted.map(norm));
  const g = new Set(gold.map(norm));
  const missing = [...g].filter((x) => !p.has(x));
  const extra = [...p].filter((x) => !g.has(x));
  return { tp: g.size - missing.length, fp: extra.length, fn: missing.length, missing, extra };
}

export function scoreDocument(predicted: ContractDocument, gold: ContractDocument): Record<Category, Counts & Diff> {
  const out = {} as Record<Category, Counts & Diff>;
  for (const c of CATEGORIES) out[c] = compare(itemsOf(predicted, c), itemsOf(gold, c));
  return out;
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision, recall, F1; an empty side counts as perfect (nothing asserted, nothing missed). */
export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
