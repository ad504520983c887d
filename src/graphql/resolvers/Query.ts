import type { Context } from '../context.js';
import { analytics } from './analytics.js';
import { connections } from './connections.js';
import { lists } from './lists.js';
import { directiveByRef, mustLoad, nodeByRef } from './lookups.js';
import { search } from './search.js';

export const Query = {
  node: (_: unknown, args: { id: string }, ctx: Context) => nodeByRef(ctx, args.id),
  meeting: (_: unknown, args: { id: string }, ctx: Context) => mustLoad(ctx, 'Meeting', args.id),
  directive: (_: unknown, args: { key: string }, ctx: Context) => directiveByRef(ctx, args.key),
  person: (_: unknown, args: { id: string }, ctx: Context) => mustLoad(ctx, 'Person', args.id),
  organization: (_: unknown, args: { id: string }, ctx: Context) => mustLoad(ctx, 'Organization', args.id),
  document: (_: unknown, args: { id: string }, ctx: Context) => mustLoad(ctx, 'Document', args.id),
  place: (_: unknown, args: { id: string }, ctx: Context) => mustLoad(ctx, 'Place', args.id),
  ...lists,
  search,
  ...analytics,
  connections,
};
