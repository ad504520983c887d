import type { DocumentResolvers, PlaceResolvers } from '../generated/resolvers.js';
import { distinctNodes } from './shapes.js';
import { relatedPage } from './hubPages.js';

export const Document: DocumentResolvers = {
  authors: (d) => (Array.isArray(d.authors) ? d.authors.filter((a): a is string => typeof a === 'string') : []),
  meetings: async (d, _, ctx) => distinctNodes(await ctx.loaders.related.document_meetings.load(d.id)),
};

export const Place: PlaceResolvers = {
  meetings: async (p, _, ctx) => distinctNodes(await ctx.loaders.placeMeetings.load(p.id)),
  meetingConnection: (p, args, ctx) => relatedPage(ctx, 'place_meetings', p.id, args),
};
