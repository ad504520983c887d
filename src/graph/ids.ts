import { createHash } from 'node:crypto';
import { slug } from '../core/fold.js';

// Stable ids (docs/graph-model.md): the same fact read twice gets the same id,
// so MERGE makes a second ingest change nothing.

export function documentId(cleanedText: string): string {
  return `doc:${contentHash(cleanedText)}`;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function meetingId(docId: string, index: number): string {
  return `${docId}/m${index}`;
}

/**
 * A directive's key plus its era (year or term) when known; a local directive
 * (numbered per province or district) also carries its place, or its article
 * when the place is unknown, so two districts' "Kế hoạch số 110" never merge.
 */
export function directiveId(key: string, era: string | null, local?: { place: string | null; docHash: string }): string {
  const base = era ? `${key}@${era}` : key;
  if (!local) return base;
  return local.place ? `${base}~${slug(local.place)}` : `${base}#${local.docHash}`;
}

/** National bodies are one node; local ones are scoped by their place, or by the article when it gives none. */
export function organizationId(name: string, scope: 'national' | 'local', place: string | null, docHash: string): string {
  if (scope === 'national') return `org:${slug(name)}`;
  return place ? `org:${slug(name)}@${slug(place)}` : `org:${slug(name)}#${docHash}`;
}

/** The same name in two places is two people; without a place a person stays in its article. */
export function personId(name: string, place: string | null, docHash: string): string {
  return place ? `person:${slug(name)}@${slug(place)}` : `person:${slug(name)}#${docHash}`;
}

export function placeId(name: string): string {
  return `place:${slug(name)}`;
}
