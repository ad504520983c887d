import type { QueryResolvers } from '../generated/resolvers.js';
import { analytics } from './analytics.js';
import { connections } from './connections.js';
import { lists } from './lists.js';
import { directiveByRef, mustLoad, nodeByRef } from './lookups.js';
import { search } from './search.js';

export const Query: QueryResolvers = {
  node: (_, args, ctx) => nodeByRef(ctx, args.id),
  meeting: (_, args, ctx) => mustLoad(ctx, 'Meeting', args.id),
  directive: (_, args, ctx) => directiveByRef(ctx, args.key),
  person: (_, args, ctx) => mustLoad(ctx, 'Person', args.id),
  organization: (_, args, ctx) => mustLoad(ctx, 'Organization', args.id),
  document: (_, args, ctx) => mustLoad(ctx, 'Document', args.id),
  place: (_, args, ctx) => mustLoad(ctx, 'Place', args.id),
  ...lists,
  search,
  ...analytics,
  connections,
};
