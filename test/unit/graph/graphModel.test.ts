import { emptyBatch } from '../../../src/graph/GraphBatch.js';
import {
  assertKnownBatchKeys,
  BATCH_KEYS,
  countQuery,
  exportLinksQuery,
  exportQuery,
  importUpsertQuery,
  LABELS,
  labelOfId,
  linkQuery,
  LISTED_LABELS,
  NODES,
  nodesByIdsQuery,
  RELATIONSHIP_READS,
  RELATIONSHIP_TYPES,
  relationshipReadQuery,
  listQuery,
  type BatchKey,
  type BatchMatchesModel,
} from '../../../src/graph/model.js';
import { QueryCatalog } from '../../../src/engine/QueryCatalog.js';
import { emptyStore } from '../../fixtures/testEngine.js';

// The graph model is the one list of labels and relationship types: what the code
// derives from it must exist, and a batch list outside it cannot go unwritten.

describe('graph model', () => {
  it('has a place in the write order for every batch list, and a list for every place', () => {
    expect([...BATCH_KEYS].sort()).toEqual(Object.keys(emptyBatch()).sort());
    expect(new Set(BATCH_KEYS).size).toBe(BATCH_KEYS.length);
    // Compile time: BatchMatchesModel only type-checks while keyof GraphBatch and BatchKey are the same set.
    const matches: BatchMatchesModel = true;
    expect(matches).toBe(true);
    // @ts-expect-error a list the model does not know is not a batch key
    const unknown: BatchKey = 'mentions';
    expect(() => assertKnownBatchKeys({ ...emptyBatch(), [unknown]: [] })).toThrow(/mentions.*never be written/);
    expect(() => assertKnownBatchKeys(emptyBatch())).not.toThrow();
  });

  it('refuses to store a batch holding a list outside the model, rather than dropping it', async () => {
    const store = await emptyStore();
    try {
      await expect(store.upsert({ ...emptyBatch(), mentions: [{ from: 'a', to: 'b', documentId: 'd', props: {} }] } as never)).rejects.toThrow(/mentions/);
    } finally {
      await store.close();
    }
  });

  it.each(['grafeo', 'neo4j'] as const)('names only queries that exist in cypher/ for %s', (engine) => {
    const catalog = new QueryCatalog(engine);
    const names = [
      ...LABELS.flatMap((l) => [nodesByIdsQuery(l), exportQuery(l), importUpsertQuery(l), NODES[l].ingestUpsert, exportLinksQuery(l)]),
      ...LISTED_LABELS.flatMap((l) => [listQuery(l), countQuery(l)]),
      ...RELATIONSHIP_TYPES.flatMap((t) => [linkQuery(t), `${linkQuery(t)}_new`, `${linkQuery(t)}_known`]),
      ...RELATIONSHIP_READS.map(relationshipReadQuery),
    ].filter((n): n is string => n !== null);
    for (const name of names) expect(() => catalog.get(name)).not.toThrow();
  });

  it('reads the label from the id scheme', () => {
    expect(labelOfId('doc:0123456789abcdef')).toBe('Document');
    expect(labelOfId('doc:0123456789abcdef/m2')).toBe('Meeting');
    expect(labelOfId('org:bo-chinh-tri')).toBe('Organization');
    expect(labelOfId('person:le-thi-binh@tri-ton')).toBe('Person');
    expect(labelOfId('place:tinh-bien')).toBe('Place');
    expect(labelOfId('CT-5-TW@2016')).toBe('Directive');
  });
});
