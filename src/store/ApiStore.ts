import type { Row } from '../engine/CypherEngine.js';
import { directiveCountRead, directiveListRead } from './directiveLists.js';
import { GraphStore, groupByKey, type Label, type NodeProps, type Related } from './GraphStore.js';
import { connections, type ConnectionPath } from './connections.js';

// Reads the GraphQL API needs beyond GraphStore's: filtered pages, search
// candidates, dashboard counts and paths. Each is one named query (cypher/api/, cypher/analytics/)
// taking parameters only; GraphStore itself stays the shared write/read port.

/** A node with the key it was sorted on (for keyset cursors). */
export interface KeyedNode {
  node: NodeProps;
  key: string;
}

export interface PageArgs {
  afterKey: string | null;
  afterId: string | null;
  limit: number;
}

/** Meeting filters, already folded where the query compares folded text; null means any. */
export interface MeetingFilter {
  from: string | null;
  to: string | null;
  year: number | null;
  part: string | null;
  place: string | null;
  organizer: string | null;
  directive: string | null;
}

export interface DirectiveFilter {
  key: string | null;
  kind: string | null;
  kindCode: string | null;
  issuer: string | null;
  issuerFolded: string | null;
  year: number | null;
}

/** Relationships listed a page at a time on hub nodes (cypher/read/rel_<name>_page.cypher). */
export type PagedRelationship = 'place_meetings' | 'organization_organized' | 'organization_issued' | 'organization_members' | 'person_meetings';

/** Which page of one node's relationship: the node, the keyset position after which it starts, its size. */
export interface RelatedPageKey {
  id: string;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
}

/** Relationships of one node listed a page at a time with a LIMIT in the database (cypher/read/rel_<name>_page.cypher, rel_<name>_count.cypher). */
export type EdgePagedRelationship = 'person_positions' | 'person_participations';

/** A relationship of a page, with its keyset position: the other end's id (`key`) and the relationship's own key (`id`: a title, a role). */
export interface PagedEdge extends Related {
  key: string;
  id: string;
}

/** One page of related nodes with their sort keys, and how many there are in all. */
export interface RelatedPage {
  total: number;
  items: KeyedNode[];
}

/** One reporting period of an organization's meetings: how many, and the first of them by date. */
export interface PeriodRow {
  year: number | null;
  part: string | null;
  meetingCount: number;
  meetings: NodeProps[];
}

export type { ConnectionPath as PathRow } from './connections.js';

/** Meetings citing a directive in one year and period part (a CitationPeriod count). */
export interface PeriodCount {
  directiveId: string;
  year: number | null;
  part: string | null;
  count: number;
}

function periodCount(directiveId: string, r: Row): PeriodCount {
  return {
    directiveId,
    year: r.year === null || r.year === undefined ? null : Number(r.year),
    part: (r.part as string | null) ?? null,
    count: Number(r.count),
  };
}

/** The open ends of a date range: every stored date (a year of four digits, src/graph/calendarDates.ts) lies between them. */
const FIRST_DAY = '0001-01-01';
const LAST_DAY = '9999-12-31';
/** Above every meeting's `day` (ISO dates and ''): the first newest-first page's bound. */
const LAST_BOUND = '~';

export class ApiStore extends GraphStore {
  /** One query file per filter combination that matters (no filter; a place alone), one general query for the rest. */
  async meetingsPage(filter: MeetingFilter, order: 'asc' | 'desc', page: PageArgs): Promise<KeyedNode[]> {
    switch (meetingFilterCase(filter)) {
      case 'none':
        // One query: the day buckets from the cursor's day on, then the meetings of just the days the page needs.
        return keyed(
          await this.engine.read(`api_list_meetings_${order}`, {
            fromDay: page.afterKey ?? (order === 'desc' ? LAST_BOUND : ''),
            dayLimit: page.limit + 1,
            ...page,
          }),
        );
      case 'place':
        return keyed(await this.engine.read(`api_list_meetings_place_${order}`, { place: filter.place, ...page }));
      default: {
        const rows = await this.engine.read('api_meetings_filtered', { ...filter, ...page, descending: order === 'desc' });
        return keyed(rows.filter((r) => r.node !== null));
      }
    }
  }

  async countMeetings(filter: MeetingFilter): Promise<number> {
    if (meetingFilterCase(filter) === 'none') return countOf(await this.engine.read('api_count_meetings'));
    // The filtered page's query counts too: $limit 0 asks for the count alone (one row, null node).
    const rows = await this.engine.read('api_meetings_filtered', { ...filter, descending: true, afterKey: null, afterId: null, limit: 0 });
    return Number(rows[0]?.total ?? 0);
  }

  async directivesPage(filter: DirectiveFilter, page: Omit<PageArgs, 'afterKey'>): Promise<KeyedNode[]> {
    const read = directiveListRead(filter, page);
    return keyed(await this.engine.read(read.query, read.params));
  }

  async countDirectives(filter: DirectiveFilter): Promise<number> {
    const read = directiveCountRead(filter);
    return countOf(await this.engine.read(read.query, read.params));
  }

  /** People or organizations in folded-name order, optionally by part of the folded name (one query each way, no null guard). */
  async namedPage(label: 'Person' | 'Organization', name: string | null, page: PageArgs): Promise<KeyedNode[]> {
    const list = label === 'Person' ? 'api_list_people' : 'api_list_organizations';
    // Both read name buckets (src/graph/nameBuckets.ts): at most one per row asked, plus the cursor's own.
    const params = { ...page, bucketLimit: page.limit + 1 };
    return keyed(await (name === null ? this.engine.read(list, params) : this.engine.read(`${list}_named`, { name, ...params })));
  }

  async countNamed(label: 'Person' | 'Organization', name: string | null): Promise<number> {
    if (name === null) return this.count(label);
    return countOf(await this.engine.read(label === 'Person' ? 'api_count_people' : 'api_count_organizations', { name }));
  }

  /**
   * Search candidates from the engine's full-text index: nodes of those labels holding any of the folded words, at most
   * `perLabel` of each, as their id and folded text (what the ranking reads; the page's nodes are read after it).
   */
  async searchCandidates(words: string[], labels: Label[], perLabel: number): Promise<Array<{ label: Label; id: string; folded: string }>> {
    const rows = await this.engine.read('api_search_text', { query: words.join(' '), labels, k: perLabel });
    return rows.map((r) => ({ label: r.label as Label, id: r.id as string, folded: typeof r.folded === 'string' ? r.folded : '' }));
  }

  /** The whole nodes of a search page, of every label at once (one round trip where the node loaders take one per label). */
  async searchPage(ids: Record<Label, string[]>): Promise<Array<{ label: Label; node: NodeProps }>> {
    const rows = await this.engine.read('api_search_page', {
      meetings: ids.Meeting,
      directives: ids.Directive,
      people: ids.Person,
      organizations: ids.Organization,
      documents: ids.Document,
      places: ids.Place,
    });
    return rows.map((r) => ({ label: r.label as Label, node: r.node as NodeProps }));
  }

  /** Citing meetings per directive and period, of the given directives (anchored on their ids). */
  async citationsByPeriod(ids: string[]): Promise<PeriodCount[]> {
    const rows = await this.engine.read('api_citations_by_period_of', { ids });
    return rows.map((r) => periodCount(r.directiveId as string, r));
  }

  async citationsByPlace(ids: string[]): Promise<Array<{ directiveId: string; placeId: string | null; count: number }>> {
    const rows = await this.engine.read('api_citations_by_place_of', { ids });
    return rows.map((r) => ({ directiveId: r.directiveId as string, placeId: (r.placeId as string | null) ?? null, count: Number(r.count) }));
  }

  /**
   * Most cited directives: from the counts kept at write time, or, within a date range, from the range's meetings.
   * With no range, each also carries its citations by period (those citationsByPeriod reads), read in the same query.
   */
  async mostCited(from: string | null, to: string | null, limit: number): Promise<Array<{ node: NodeProps; count: number; periods: PeriodCount[] | null }>> {
    const rows = await (from === null && to === null
      ? this.engine.read('api_most_cited', { limit })
      : this.engine.read('api_most_cited_in_range', { from: from ?? FIRST_DAY, to: to ?? LAST_DAY, limit }));
    return rows.map((r) => {
      const node = r.node as NodeProps;
      const periods = Array.isArray(r.periods) ? (r.periods as Row[]).map((p) => periodCount(node.id, p)) : null;
      return { node, count: Number(r.count), periods };
    });
  }

  async coCited(ids: string[], limit: number): Promise<Array<{ node: NodeProps; count: number; meetingIds: string[] }>> {
    const rows = await this.engine.read('api_co_cited', { ids, limit });
    return rows.map((r) => ({ node: r.node as NodeProps, count: Number(r.count), meetingIds: (r.meetingIds ?? []) as string[] }));
  }

  /** For each page asked, in order, that page of the relationship and its total: one query for all of them. */
  async relatedPages(relationship: PagedRelationship, pages: readonly RelatedPageKey[]): Promise<RelatedPage[]> {
    const rows = await this.engine.read(`rel_${relationship}_page`, { pages: pages.map((p, i) => ({ ref: String(i), ...p })) });
    const byRef = new Map(rows.map((r) => [r.key as string, { total: Number(r.total ?? 0), items: keyed((r.items ?? []) as Row[]) }]));
    return pages.map((_, i) => byRef.get(String(i)) ?? { total: 0, items: [] });
  }

  /**
   * For each page asked, in order, that page of one node's relationships (`limit` rows at most, cut in the database):
   * one query for the pages of one size, so one per level whatever the number of nodes.
   */
  async edgePages(relationship: EdgePagedRelationship, pages: readonly RelatedPageKey[]): Promise<PagedEdge[][]> {
    const out: PagedEdge[][] = pages.map(() => []);
    const bySize = new Map<number, number[]>();
    pages.forEach((p, i) => bySize.set(p.limit, [...(bySize.get(p.limit) ?? []), i]));
    await Promise.all(
      [...bySize].map(async ([limit, at]) => {
        const asked = at.map((i) => ({ ref: String(i), id: pages[i]?.id, afterKey: pages[i]?.afterKey ?? null, afterId: pages[i]?.afterId ?? null }));
        for (const r of await this.engine.read(`rel_${relationship}_page`, { pages: asked, limit })) {
          out[Number(r.key)] = ((r.items ?? []) as Row[]).map((x) => ({
            node: x.node as NodeProps,
            rel: (x.rel ?? {}) as Record<string, unknown>,
            key: String(x.key),
            id: String(x.id ?? ''),
          }));
        }
      }),
    );
    return out;
  }

  /** For each node id, in order, how many relationships `edgePages` lists for it. */
  async edgeCounts(relationship: EdgePagedRelationship, ids: readonly string[]): Promise<number[]> {
    const rows = await this.engine.read(`rel_${relationship}_count`, { ids: [...ids] });
    const byKey = new Map(rows.map((r) => [r.key as string, Number(r.count)]));
    return ids.map((id) => byKey.get(id) ?? 0);
  }

  /** For each organization id, in order, its meetings counted per reporting period, with the first `perPeriod` of each. */
  async organizationPeriods(ids: readonly string[], perPeriod: number): Promise<PeriodRow[][]> {
    const rows = await this.engine.read('api_organization_periods', { ids: [...ids], perPeriod });
    return groupByKey(ids, rows, (r) => ({
      year: r.year === null || r.year === undefined ? null : Number(r.year),
      part: (r.part as string | null) ?? null,
      meetingCount: Number(r.meetingCount),
      meetings: r.meetings as NodeProps[],
    }));
  }

  /** For each organization id, in order, the meetings it organized by date. */
  async organizedTimeline(ids: readonly string[]): Promise<NodeProps[][]> {
    const rows = await this.engine.read('api_organization_timeline', { ids: [...ids] });
    return groupByKey(ids, rows, (r) => r.node as NodeProps);
  }

  /** For each place id, in order, the meetings held there. */
  async placeMeetings(ids: readonly string[]): Promise<Related[][]> {
    const rows = await this.engine.read('api_place_meetings', { ids: [...ids] });
    return groupByKey(ids, rows, (r) => ({ node: r.node as NodeProps, rel: (r.rel ?? {}) as Record<string, unknown> }));
  }

  async documentsBySource(sources: readonly string[]): Promise<NodeProps[][]> {
    const rows = await this.engine.read('api_documents_by_source', { sources: [...sources] });
    return groupByKey(sources, rows, (r) => r.node as NodeProps);
  }

  /** Simple paths of at most maxHops relationships, shortest first: a search from both ends (src/store/connections.ts). */
  connections(from: string, to: string, maxHops: number, first: number): Promise<ConnectionPath[]> {
    return connections(this.engine, (label, ids) => this.nodesByIds(label, ids), from, to, maxHops, first);
  }
}

function meetingFilterCase(f: MeetingFilter): 'none' | 'place' | 'several' {
  const set = Object.entries(f)
    .filter(([, v]) => v !== null)
    .map(([k]) => k);
  if (set.length === 0) return 'none';
  return set.length === 1 && set[0] === 'place' ? 'place' : 'several';
}

function keyed(rows: Row[]): KeyedNode[] {
  return rows.map((r) => ({ node: r.node as NodeProps, key: String(r.key ?? '') }));
}

function countOf(rows: Row[]): number {
  return Number(rows[0]?.count ?? 0);
}
