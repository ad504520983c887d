import { LABELS, type Label } from '../../graph/model.js';
import { badInput } from '../errors.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { labelOfNodeType } from '../labelOfId.js';
import { pageSize } from '../pagination.js';
import type { NodeProps } from '../../store/GraphStore.js';
import { probes, queryWords, rankHits, type Hit } from '../search/rankHits.js';

/** Candidates per label from the full-text index, ranked in memory: enough for a page of the best (first ≤ 100). */
const CANDIDATES_PER_LABEL = 100;

/**
 * Whole words first, through the engine's full-text index; only when they give fewer
 * full matches than asked does a second query add word fragments (a 3-letter head and
 * tail, which the index holds when they are words of their own), so a typo still finds
 * its node through its other words or those fragments.
 */
export const search: QueryResolvers['search'] = async (_, args, ctx) => {
  const first = pageSize(args.first ?? 10);
  const words = queryWords(args.text);
  if (words.length === 0) throw badInput('search: give at least one letter or digit.', { argument: 'text' });
  if (words.length > 12) throw badInput('search: at most 12 words.', { argument: 'text' });
  const labels = args.types?.length ? args.types.map(labelOfNodeType) : [...LABELS];

  // Candidates are ranked on their id and folded text; only the page's nodes are read whole, after.
  const run = async (fragments: boolean): Promise<Hit[]> => {
    const candidates = await ctx.store.searchCandidates(probes(words, fragments), labels, CANDIDATES_PER_LABEL);
    return rankHits(
      words,
      candidates.map((c) => ({ id: c.id, folded: c.folded, __typename: c.label })),
    );
  };
  let hits = await run(false);
  // The fragments are those of words of four letters or more: for a query of short words and numbers
  // ("chi thi 05") the second query would send the same probes again and find the same candidates.
  if (hits.filter((h) => h.score >= 1).length < first && probes(words, true).length > probes(words, false).length) {
    const more = await run(true);
    const seen = new Set(hits.map((h) => h.node.id));
    hits = [...hits, ...more.filter((h) => !seen.has(h.node.id))].sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id));
  }
  // The page's nodes in one round trip, whatever its labels (the node loaders would take one per label, in parallel:
  // on Neo4j two sessions cost about twice one), then primed into the loaders for the fields that read them again.
  // A node gone since the index answered is left out.
  const pageHits = hits.slice(0, first);
  const ids = Object.fromEntries(LABELS.map((l) => [l, [] as string[]])) as Record<Label, string[]>;
  for (const h of pageHits) ids[h.node.__typename as Label].push(h.node.id);
  const nodes = new Map<string, NodeProps>();
  for (const { label, node } of pageHits.length === 0 ? [] : await ctx.store.searchPage(ids)) {
    ctx.loaders.node[label].prime(node.id, node);
    nodes.set(`${label} ${node.id}`, { ...node, __typename: label });
  }
  return pageHits.flatMap((h) => {
    const node = nodes.get(`${h.node.__typename} ${h.node.id}`);
    return node === undefined ? [] : [{ score: h.score, node }];
  });
};
