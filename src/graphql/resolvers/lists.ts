import { Kind, type GraphQLResolveInfo } from 'graphql';
import { fold } from '../../core/fold.js';
import type { DirectiveFilter, MeetingFilter } from '../../store/ApiStore.js';
import type { Context } from '../context.js';
import type { DirectiveFilter as DirectiveFilterInput, InputMaybe, MeetingFilter as MeetingFilterInput, QueryResolvers } from '../generated/resolvers.js';
import { decodeCursor, pageSize, toConnection } from '../pagination.js';

// The five top-level lists: filters folded the way nodes' `folded` is, keyset pages of first + 1 rows.

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

const foldOrNull = (s: string | null | undefined) => (s ? fold(s) : null);

/** Whether the operation selects `totalCount` on this list field itself (a fragment, or a directive, says no: counted lazily then). */
function asksTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some((s) => s.kind === Kind.FIELD && s.name.value === 'totalCount' && (s.directives ?? []).length === 0),
  );
}

/**
 * The count of a list: when the operation asks for it, read beside the page instead of after it (one level of
 * round trips less: on the embedded engine at 100k articles, example 11 waited ~1–2 ms more for its count after
 * its page); otherwise only if the count is resolved after all.
 */
function countOf(info: GraphQLResolveInfo, count: () => Promise<number>): () => Promise<number> {
  if (!asksTotalCount(info)) return count;
  const early = count();
  // Observed here so a failing count beside a failing page is not an unhandled rejection; totalCount still gets the error.
  early.catch(() => undefined);
  return () => early;
}

function meetingFilter(f: InputMaybe<MeetingFilterInput>): MeetingFilter {
  return {
    from: f?.from ?? null,
    to: f?.to ?? null,
    year: f?.year ?? null,
    part: f?.part ? f.part.toUpperCase() : null,
    place: foldOrNull(f?.place),
    organizer: foldOrNull(f?.organizer),
    directive: f?.citedDirective ?? null,
  };
}

function directiveFilter(f: InputMaybe<DirectiveFilterInput>): DirectiveFilter {
  const kind = f?.kind?.trim() || null;
  return {
    key: f?.key ?? null,
    // Directive `folded` starts with the folded kind ("chi thi 05 …"); keys start with its code ("CT-5-TW").
    kind: kind ? `${fold(kind)} ` : null,
    kindCode: kind ? `${kind.toUpperCase()}-` : null,
    issuer: f?.issuer ?? null,
    issuerFolded: foldOrNull(f?.issuer),
    year: f?.year ?? null,
  };
}

export const lists: Pick<QueryResolvers, 'meetings' | 'directives' | 'people' | 'organizations' | 'documents'> = {
  meetings: async (_, args, ctx, info) => {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after);
    const filter = meetingFilter(args.filter);
    const order = args.orderBy === 'DATE_ASC' ? 'asc' : 'desc';
    const count = countOf(info, () => ctx.store.countMeetings(filter));
    const rows = await ctx.store.meetingsPage(filter, order, { afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: limit + 1 });
    return toConnection(rows, limit, count, after);
  },

  directives: async (_, args, ctx, info) => {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after);
    const filter = directiveFilter(args.filter);
    const count = countOf(info, () => ctx.store.countDirectives(filter));
    const rows = await ctx.store.directivesPage(filter, { afterId: after?.id ?? null, limit: limit + 1 });
    return toConnection(rows, limit, count, after);
  },

  people: (_, args, ctx, info) => named('Person', args, ctx, info),
  organizations: (_, args, ctx, info) => named('Organization', args, ctx, info),

  documents: async (_, args, ctx) => {
    const limit = pageSize(args.first);
    const after = decodeCursor(args.after);
    const nodes = await ctx.store.list('Document', after?.id ?? null, limit + 1);
    return toConnection(
      nodes.map((node) => ({ node, key: node.id })),
      limit,
      () => ctx.store.count('Document'),
      after,
    );
  },
};

async function named(label: 'Person' | 'Organization', args: PageArgs & { name?: string | null }, ctx: Context, info: GraphQLResolveInfo) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after);
  const name = foldOrNull(args.name);
  const count = countOf(info, () => ctx.store.countNamed(label, name));
  const rows = await ctx.store.namedPage(label, name, { afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: limit + 1 });
  return toConnection(rows, limit, count, after);
}
