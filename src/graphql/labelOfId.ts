import type { Label } from '../store/GraphStore.js';

/** The label an id belongs to, read from the id scheme of docs/graph-model.md (directive keys have no prefix). */
export function labelOfId(id: string): Label {
  if (id.startsWith('doc:')) return /\/m\d+$/.test(id) ? 'Meeting' : 'Document';
  if (id.startsWith('org:')) return 'Organization';
  if (id.startsWith('person:')) return 'Person';
  if (id.startsWith('place:')) return 'Place';
  return 'Directive';
}

export const NODE_TYPE_LABEL: Record<string, Label> = {
  MEETING: 'Meeting', DIRECTIVE: 'Directive', PERSON: 'Person', ORGANIZATION: 'Organization', DOCUMENT: 'Document', PLACE: 'Place',
};
