import DataLoader from 'dataloader';
import type { Label, NodeProps, Related, Relationship } from '../store/GraphStore.js';
import type { ApiStore } from '../store/ApiStore.js';

// Every read a field makes goes through one of these, built per request in the
// context factory: one query per kind and level, whatever the number of parents,
// and no cache shared between requests (or users).

export interface CitedByPageKey {
  id: string;
  after: string | null;
  limit: number;
}

export interface Loaders {
  node: Record<Label, DataLoader<string, NodeProps | null>>;
  related: Record<Relationship, DataLoader<string, Related[]>>;
  directivesByKey: DataLoader<string, NodeProps[]>;
  citedByPage: DataLoader<CitedByPageKey, Related[], string>;
  citationCount: DataLoader<string, number>;
  timeline: DataLoader<string, NodeProps[]>;
  placeMeetings: DataLoader<string, Related[]>;
}

const LABELS: Label[] = ['Document', 'Meeting', 'Directive', 'Organization', 'Person', 'Place'];
const RELATIONSHIPS: Relationship[] = [
  'document_meetings', 'meeting_documents', 'meeting_citations', 'meeting_organizers', 'meeting_participants',
  'meeting_place', 'directive_issuers', 'directive_implements', 'directive_implemented_by',
  'person_positions', 'person_meetings', 'organization_members', 'organization_organized', 'organization_issued',
];

export function createLoaders(store: ApiStore): Loaders {
  const node = Object.fromEntries(
    LABELS.map((label) => [label, new DataLoader<string, NodeProps | null>((ids) => store.nodesByIds(label, ids))]),
  ) as Loaders['node'];
  const related = Object.fromEntries(
    RELATIONSHIPS.map((rel) => [rel, new DataLoader<string, Related[]>((ids) => store.related(rel, ids))]),
  ) as Loaders['related'];
  return {
    node,
    related,
    directivesByKey: new DataLoader((keys) => store.directivesByKey(keys)),
    citedByPage: new DataLoader((pages) => store.citedByPages(pages), {
      cacheKeyFn: (p) => `${p.id}\u0000${p.after ?? ''}\u0000${p.limit}`,
    }),
    citationCount: new DataLoader((ids) => store.citationCounts(ids)),
    timeline: new DataLoader((ids) => store.organizedTimeline(ids)),
    placeMeetings: new DataLoader((ids) => store.placeMeetings(ids)),
  };
}
