import type { Context } from '../context.js';
import { pageSize } from '../pagination.js';
import { directivesNamed, mustLoad } from './lookups.js';
import { toTimeline } from './timeline.js';

// Dashboard counts: each one query over the whole graph (or one directive's eras).

interface CountRow {
  directiveId: string;
  year: number | null;
  part: string | null;
  placeId: string | null;
  count: number;
}

async function idsOf(ctx: Context, directive: string | null | undefined): Promise<string[] | null> {
  return directive ? (await directivesNamed(ctx, directive)).map((d) => d.id) : null;
}

export const analytics = {
  citationCounts: async (_: unknown, args: { by: 'YEAR' | 'PERIOD' | 'PLACE'; directive?: string | null }, ctx: Context) => {
    const ids = await idsOf(ctx, args.directive);
    if (args.by === 'PLACE') {
      return (await ctx.store.citationsByPlace(ids)).map((r): CountRow => ({ ...r, year: null, part: null }));
    }
    const rows = (await ctx.store.citationsByPeriod(ids)).map((r): CountRow => ({ ...r, placeId: null }));
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

  mostCitedDirectives: async (_: unknown, args: { first?: number | null; from?: string | null; to?: string | null }, ctx: Context) => {
    const rows = await ctx.store.mostCited(args.from ?? null, args.to ?? null, pageSize(args.first));
    return rows.map((r) => ({ directive: r.node, count: r.count }));
  },

  coCitedDirectives: async (_: unknown, args: { directive: string; first?: number | null }, ctx: Context) => {
    const ids = (await idsOf(ctx, args.directive)) ?? [];
    const rows = await ctx.store.coCited(ids, pageSize(args.first));
    return rows.map((r) => ({ directive: r.node, count: r.count, meetingIds: r.meetingIds }));
  },

  organizationTimeline: async (_: unknown, args: { id: string }, ctx: Context) => {
    await mustLoad(ctx, 'Organization', args.id);
    return toTimeline(await ctx.loaders.timeline.load(args.id));
  },
};

export const CitationCount = {
  directive: (r: CountRow, _: unknown, ctx: Context) => ctx.loaders.node.Directive.load(r.directiveId),
  place: (r: CountRow, _: unknown, ctx: Context) => (r.placeId ? ctx.loaders.node.Place.load(r.placeId) : null),
};

export const CoCitation = {
  meetings: async (r: { meetingIds: string[] }, _: unknown, ctx: Context) =>
    (await ctx.loaders.node.Meeting.loadMany(r.meetingIds)).filter((m) => m !== null && !(m instanceof Error)),
};
