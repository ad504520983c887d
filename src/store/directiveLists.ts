import type { Params } from '../engine/CypherEngine.js';
import type { DirectiveFilter } from './ApiStore.js';

// Which query answers a directive list or its count: one file per filter combination that matters (none; a kind
// alone, as example 11 asks) without null guards, which Grafeo evaluates for every directive (a guarded
// `COUNT { ISSUED_BY }` expands each one's relationships); the general query for any other combination.

export interface NamedRead {
  query: string;
  params: Params;
}

function filterCase(f: DirectiveFilter): 'none' | 'kind' | 'several' {
  const set = Object.entries(f).filter(([, v]) => v !== null);
  if (set.length === 0) return 'none';
  // kind and kindCode come together, from the one `kind` argument.
  return set.every(([k]) => k === 'kind' || k === 'kindCode') ? 'kind' : 'several';
}

export function directiveListRead(f: DirectiveFilter, page: { afterId: string | null; limit: number }): NamedRead {
  switch (filterCase(f)) {
    // Both read DirectiveSlot buckets (keep_directive_slots; Neo4j's unfiltered list seeks the id index instead):
    // at most one per row asked, plus the cursor's own.
    case 'none':
      return { query: 'api_list_directives_all', params: { ...page, slotLimit: page.limit + 1 } };
    case 'kind':
      return { query: 'api_list_directives_kind', params: { kind: f.kind, kindCode: f.kindCode, ...page, slotLimit: page.limit + 1 } };
    default:
      return { query: 'api_list_directives', params: { ...f, ...page } };
  }
}

export function directiveCountRead(f: DirectiveFilter): NamedRead {
  switch (filterCase(f)) {
    case 'none':
      return { query: 'count_directives', params: {} };
    case 'kind':
      return { query: 'api_count_directives_kind', params: { kind: f.kind, kindCode: f.kindCode } };
    default:
      return { query: 'api_count_directives', params: { ...f } };
  }
}
