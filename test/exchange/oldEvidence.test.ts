import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Row } from '../../src/engine/CypherEngine.js';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import { exportGraph, type DumpFormat } from '../../src/exchange/exportGraph.js';
import { importGraph } from '../../src/exchange/importGraph.js';
import { readGraph } from '../../src/exchange/readGraph.js';
import { toGraphBatch } from '../../src/graph/toGraphBatch.js';
import { GraphStore } from '../../src/store/GraphStore.js';
import { districtMeeting } from '../fixtures/extractions.js';
import { withCopiedSentences } from '../fixtures/oldEvidence.js';
import { emptyStore } from '../fixtures/testEngine.js';
import { moveEvidenceCopies } from '../../src/store/evidenceCopies.js';
import { createApp, data, testConfig } from '../graphql/helpers.js';

// A store or dump written before evidence was stored once has the sentence copied onto every
// relationship. `kg migrate` and `kg import` move those copies to bounds in the document's text, a
// re-ingest replaces them, and the API answers the same evidence before and after.

const ARTICLES = [districtMeeting('Tịnh Biên'), districtMeeting('Tri Tôn', { chair: 'Lê Thị Bình' })];

const EVIDENCE = /* GraphQL */ `
  {
    meetings(first: 10) {
      nodes {
        id
        citations {
          directive {
            id
          }
          evidence {
            documentId
            sentence
            start
            end
            document {
              source
            }
          }
        }
        participants {
          person {
            id
          }
          role
          evidence {
            sentence
            start
            end
          }
        }
        organizers {
          id
        }
      }
    }
    people(first: 10) {
      nodes {
        id
        positions {
          title
          evidence {
            sentence
            start
            end
          }
        }
      }
    }
  }
`;

const evidenceSeen = async (store: GraphStore) => data(createApp({ store, config: testConfig() }), EVIDENCE);

/** Every relationship with its properties, through the export's own reads. */
async function relationships(store: GraphStore): Promise<Row[]> {
  const out: Row[] = [];
  for await (const b of readGraph(store.engine, 100)) if (b.kind === 'relationships') out.push(...b.records.map((r) => ({ type: b.type, ...r })));
  return out;
}

function expectStoredOnce(rels: Row[]): void {
  expect(rels.length).toBe(2 * 10);
  for (const r of rels) {
    const props = r.props as Record<string, unknown>;
    expect(props.sentence).toBeUndefined();
    expect(props).toMatchObject({ sentenceStart: expect.any(Number), sentenceEnd: expect.any(Number) });
  }
}

async function oldStore(store: GraphStore): Promise<void> {
  for (const x of ARTICLES) await store.upsert(withCopiedSentences(toGraphBatch(x)));
}

describe('evidence written before it was stored once', () => {
  let expected: unknown;
  beforeAll(async () => {
    // The answers of a store written now.
    const current = await emptyStore();
    for (const x of ARTICLES) await current.upsert(toGraphBatch(x));
    expected = await evidenceSeen(current);
    expectStoredOnce(await relationships(current));
    await current.close();
  });

  it('is read as it is, and moved to bounds in the text by kg migrate', async () => {
    const store = await emptyStore();
    await oldStore(store);
    const before = await relationships(store);
    expect(before.every((r) => typeof (r.props as Row).sentence === 'string')).toBe(true);
    expect(await evidenceSeen(store)).toEqual(expected);
    await store.migrate({ backfills: 'all' }); // as `kg migrate` runs it
    expectStoredOnce(await relationships(store));
    expect(await evidenceSeen(store)).toEqual(expected);
    // Counts and the relationships' other properties are those of before.
    const strip = (rels: Row[]) =>
      rels.map((r) => {
        const { sentence: _s, sentenceStart: _a, sentenceEnd: _b, ...rest } = r.props as Row;
        return { ...r, props: rest };
      });
    expect(strip(await relationships(store))).toEqual(strip(before));
    await store.close();
  });

  it('is replaced when its document is ingested again', async () => {
    const store = await emptyStore();
    await oldStore(store);
    for (const x of ARTICLES) await store.upsert(toGraphBatch(x));
    expectStoredOnce(await relationships(store));
    expect(await evidenceSeen(store)).toEqual(expected);
    await store.close();
  });

  it.each<DumpFormat>(['cypher', 'csv'])('in a %s dump, imports into bounds in the text', async (format) => {
    // The old dump: exported from an (embedded) store holding copies.
    const source = new GraphStore(new GrafeoEngine());
    await source.engine.applySchema('schema');
    await oldStore(source);
    const out = join(mkdtempSync(join(tmpdir(), 'kg-old-evidence-')), format === 'cypher' ? 'dump.cypher' : 'csv');
    await exportGraph(source, { format, out, pageSize: 3 });
    await source.close();
    const target = await emptyStore();
    await importGraph(target, { path: out, batchSize: 4 });
    expectStoredOnce(await relationships(target));
    expect(await evidenceSeen(target)).toEqual(expected);
    await target.close();
  });

  it('moves every copy in small pages, passing over the one it keeps, and finds nothing more to move after', async () => {
    const batch = withCopiedSentences(toGraphBatch(districtMeeting('Chợ Mới')));
    const cite = batch.cites[0];
    if (!cite) throw new Error('no citation');
    cite.props = { ...cite.props, sentence: 'Một câu không có trong bài.' };
    const store = await emptyStore();
    await store.upsert(batch);
    const copies = (await relationships(store)).filter((r) => typeof (r.props as Row).sentence === 'string').length;
    expect(copies).toBeGreaterThan(4);
    expect(await moveEvidenceCopies(store.engine, 2)).toEqual({ moved: copies - 1, kept: 1 });
    expect(await moveEvidenceCopies(store.engine, 2)).toEqual({ moved: 0, kept: 1 });
    await store.close();
  });

  it('keeps a copy whose document text does not hold it, and answers it', async () => {
    const x = districtMeeting('An Phú');
    const batch = withCopiedSentences(toGraphBatch(x));
    const cite = batch.cites[0];
    if (!cite) throw new Error('no citation');
    cite.props = { ...cite.props, sentence: 'Một câu không có trong bài.' };
    const store = await emptyStore();
    await store.upsert(batch);
    await store.migrate({ backfills: 'all' }); // as `kg migrate` runs it
    const kept = (await relationships(store)).filter((r) => typeof (r.props as Row).sentence === 'string');
    expect(kept.map((r) => (r.props as Row).sentence)).toEqual(['Một câu không có trong bài.']);
    const seen = await evidenceSeen(store);
    const sentences = seen.meetings.nodes.flatMap((m: any) => m.citations.map((c: any) => c.evidence.sentence));
    expect(sentences).toContain('Một câu không có trong bài.');
    await store.close();
  });
});
