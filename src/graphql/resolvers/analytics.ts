import type { Context } from '../context.js';
import type { CitationCountResolvers, CoCitationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { pageSize } from '../pagination.js';
import { directivesNamed, mustLoad } from './lookups.js';
import { periodPartOf, type CountRow } from './shapes.js';
import type { NodeProps } from '../../store/GraphStore.js';
import type { PeriodCount } from '../../store/ApiStore.js';
import { toTimeline } from './timeline.js';

// Dashboard counts: each anchored on given directives, the most cited ones or an organization; none reads every meeting.

/** Most cited directives read once per request: mostCitedDirectives and citationCounts ask the same top (example 06). */
const mostCitedRead = new WeakMap<Context, Map<string, ReturnType<Context['store']['mostCited']>>>();

function mostCited(ctx: Context, from: string | null, to: string | null, limit: number): ReturnType<Context['store']['mostCited']> {
  const reads = mostCitedRead.get(ctx) ?? new Map<string, ReturnType<Context['store']['mostCited']>>();
  mostCitedRead.set(ctx, reads);
  const key = JSON.stringify([from, to, limit]);
  const read = reads.get(key) ?? ctx.store.mostCited(from, to, limit);
  reads.set(key, read);
  return read;
}

async function idsOf(ctx: Context, directive: string | null | undefined): Promise<string[] | null> {
  return directive ? (await directivesNamed(ctx, directive)).map((d) => d.id) : null;
}

/**
 * The directive named, or else the `first` most cited ones (read in order from the counts kept at write time), with
 * their citations by period when the most cited read brought them (it does: one round trip for example 06, not two).
 */
async function counted(
  ctx: Context,
  directive: string | null | undefined,
  first: number | null | undefined,
): Promise<{ ids: string[]; periods: PeriodCount[] | null }> {
  const named = await idsOf(ctx, directive);
  if (named) return { ids: named, periods: null };
  const top = await mostCited(ctx, null, null, pageSize(first));
  // Primed so each count's directive is not read again.
  for (const { node } of top) ctx.loaders.node.Directive.prime(String(node.id), node);
  const periods = top.every((t) => t.periods !== null) ? top.flatMap((t) => t.periods ?? []).sort(byDirectiveYearPart) : null;
  return { ids: top.map(({ node }) => String(node.id)), periods };
}

const compare = <T extends string | number>(a: T | null, b: T | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
/** The order of api_citations_by_period_of (ORDER BY directiveId, year, part; nulls last). */
function byDirectiveYearPart(a: PeriodCount, b: PeriodCount): number {
  return compare(a.directiveId, b.directiveId) || compare(a.year, b.year) || compare(a.part, b.part);
}

export const analytics: Pick<QueryResolvers, 'citationCounts' | 'mostCitedDirectives' | 'coCitedDirectives' | 'organizationTimeline'> = {
  citationCounts: async (_, args, ctx) => {
    const { ids, periods } = await counted(ctx, args.directive, args.first);
    if (args.by === 'PLACE') {
      return (await ctx.store.citationsByPlace(ids)).map((r): CountRow => ({ ...r, year: null, part: null }));
    }
    const rows = (periods ?? (await ctx.store.citationsByPeriod(ids))).map((r): CountRow => ({ ...r, placeId: null }));
    if (args.by === 'PERIOD') return rows;
    // A meeting has one period, so the parts of a year add up to the year.
    const byYear = new Map<string, CountRow>();
    for (const r of rows) {
      const k = `${r.directiveId}\u0000${r.year}`;
      const prev = byYear.get(k);
      byYear.set(k, { ...r, part: null, count: (prev?.count ?? 0) + r.count });
    }
    return [...byYear.values()];
  },

  mostCitedDirectives: async (_, args, ctx) => {
    const rows = await mostCited(ctx, args.from ?? null, args.to ?? null, pageSize(args.first));
    return rows.map((r) => ({ directive: r.node, count: r.count }));
  },

  coCitedDirectives: async (_, args, ctx) => {
    const ids = (await idsOf(ctx, args.directive)) ?? [];
    const rows = await ctx.store.coCited(ids, pageSize(args.first));
    return rows.map((r) => ({ directive: r.node, count: r.count, meetingIds: r.meetingIds }));
  },

  organizationTimeline: async (_, args, ctx) => {
    await mustLoad(ctx, 'Organization', args.id);
    return toTimeline(await ctx.loaders.timeline.load(args.id));
  },
};

export const CitationCount: CitationCountResolvers = {
  directive: async (r, _, ctx) => {
    const directive = await ctx.loaders.node.Directive.load(r.directiveId);
    if (!directive) throw new Error(`CitationCount: directive ${r.directiveId} counted but not found`);
    return directive;
  },
  part: (r) => periodPartOf(r.part),
  place: (r, _, ctx) => (r.placeId ? ctx.loaders.node.Place.load(r.placeId) : null),
};

export const CoCitation: CoCitationResolvers = {
  meetings: async (r, _, ctx) => (await ctx.loaders.node.Meeting.loadMany(r.meetingIds)).filter((m): m is NodeProps => m !== null && !(m instanceof Error)),
};
