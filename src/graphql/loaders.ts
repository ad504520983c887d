import DataLoader from 'dataloader';
import { LABELS, RELATIONSHIP_READS, type Label, type RelationshipRead } from '../graph/model.js';
import type { NodeProps, Related } from '../store/GraphStore.js';
import type { ApiStore, EdgePagedRelationship, PagedEdge, PagedRelationship, PeriodRow, RelatedPage, RelatedPageKey } from '../store/ApiStore.js';
import { MAX_PAGE } from './pagination.js';

// Every read a field makes goes through one of these, built per request in the
// context factory: one query per kind and level, whatever the number of parents,
// and no cache shared between requests (or users).

/** Ids per query: a level of 10 000 parents is 20 queries of 500 ids, not one with a 10 000-element list. */
export const MAX_BATCH_SIZE = 500;

export interface CitedByPageKey {
  id: string;
  after: string | null;
  limit: number;
}

const PAGED: readonly PagedRelationship[] = ['place_meetings', 'organization_organized', 'organization_issued', 'organization_members', 'person_meetings'];
const EDGE_PAGED: readonly EdgePagedRelationship[] = ['person_positions', 'person_participations'];

export interface Loaders {
  node: Record<Label, DataLoader<string, NodeProps | null>>;
  related: Record<RelationshipRead, DataLoader<string, Related[]>>;
  relatedPage: Record<PagedRelationship, DataLoader<RelatedPageKey, RelatedPage, string>>;
  /** A page of one node's relationships, cut in the database (Person.positionConnection, participationConnection), and their count. */
  edgePage: Record<EdgePagedRelationship, DataLoader<RelatedPageKey, PagedEdge[], string>>;
  edgeCount: Record<EdgePagedRelationship, DataLoader<string, number>>;
  directivesByKey: DataLoader<string, NodeProps[]>;
  citedByPage: DataLoader<CitedByPageKey, Related[], string>;
  citationCount: DataLoader<string, number>;
  /** Meetings an organization organized, by date, every one (the deprecated Organization.organized). */
  organized: DataLoader<string, NodeProps[]>;
  /** An organization's periods, each with its count and first MAX_PAGE meetings (TimelineEntry.meetings pages them). */
  timeline: DataLoader<string, PeriodRow[]>;
  placeMeetings: DataLoader<string, Related[]>;
  /** Forgets everything read so far (after a write in the same request). */
  clearAll: () => void;
}

/** One loader per name, built by `make` (a typed Object.fromEntries). */
function perName<K extends string, V>(names: readonly K[], make: (name: K) => V): Record<K, V> {
  const out: Partial<Record<K, V>> = {};
  for (const name of names) out[name] = make(name);
  if (!hasEvery(out, names)) throw new Error('perName: a name was left without its loader');
  return out;
}

/** Type guard: every name has its value, so the partial record is a whole one. */
function hasEvery<K extends string, V>(record: Partial<Record<K, V>>, names: readonly K[]): record is Record<K, V> {
  return names.every((name) => record[name] !== undefined);
}

export function createLoaders(store: ApiStore): Loaders {
  const options = { maxBatchSize: MAX_BATCH_SIZE };
  const node = perName(LABELS, (label) => new DataLoader<string, NodeProps | null>((ids) => store.nodesByIds(label, ids), options));
  const related = perName(RELATIONSHIP_READS, (rel) => new DataLoader<string, Related[]>((ids) => store.related(rel, ids), options));
  const relatedPage = perName(
    PAGED,
    (rel) =>
      new DataLoader<RelatedPageKey, RelatedPage, string>((pages) => store.relatedPages(rel, pages), {
        ...options,
        cacheKeyFn: (p) => JSON.stringify([p.id, p.afterKey, p.afterId, p.limit]),
      }),
  );
  const edgePage = perName(
    EDGE_PAGED,
    (rel) =>
      new DataLoader<RelatedPageKey, PagedEdge[], string>((pages) => store.edgePages(rel, pages), {
        ...options,
        cacheKeyFn: (p) => JSON.stringify([p.id, p.afterKey, p.afterId, p.limit]),
      }),
  );
  const edgeCount = perName(EDGE_PAGED, (rel) => new DataLoader<string, number>((ids) => store.edgeCounts(rel, ids), options));
  const directivesByKey = new DataLoader<string, NodeProps[]>(async (keys) => {
    const found = await store.directivesByKey(keys);
    // A directive read by key is now known by id too: Directive fields and node() below read it without a query.
    for (const directive of found.flat()) node.Directive.prime(directive.id, directive);
    return found;
  }, options);
  const loaders: Omit<Loaders, 'clearAll'> = {
    node,
    related,
    relatedPage,
    edgePage,
    edgeCount,
    directivesByKey,
    citedByPage: new DataLoader((pages) => store.citedByPages(pages), {
      ...options,
      cacheKeyFn: (p) => `${p.id}\u0000${p.after ?? ''}\u0000${p.limit}`,
    }),
    citationCount: new DataLoader((ids) => store.citationCounts(ids), options),
    organized: new DataLoader((ids) => store.organizedTimeline(ids), options),
    timeline: new DataLoader((ids) => store.organizationPeriods(ids, MAX_PAGE), options),
    placeMeetings: new DataLoader((ids) => store.placeMeetings(ids), options),
  };
  const clearAll = () => {
    for (const group of [loaders.node, loaders.related, loaders.relatedPage, loaders.edgePage, loaders.edgeCount])
      for (const l of Object.values(group)) l.clearAll();
    for (const l of [loaders.directivesByKey, loaders.citedByPage, loaders.citationCount, loaders.organized, loaders.timeline, loaders.placeMeetings])
      l.clearAll();
  };
  return { ...loaders, clearAll };
}
