import { createApp } from '../../src/graphql/createApp.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { seededStore } from '../fixtures/seededStore.js';
import { ENGINE_UNDER_TEST } from '../fixtures/testEngine.js';

// The README's search examples give the same top hits whichever engine answers: each engine's
// full-text index only proposes candidates (Grafeo's BM25 text index, Neo4j's Lucene index), and
// the API ranks them. CI runs this file once per engine against the same asserted hits.
describe(`search top hits on the seeds (${ENGINE_UNDER_TEST})`, () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  const top = async (text: string, n: number) => {
    const app = createApp({ store, config: loadConfig({ NODE_ENV: 'test' }) });
    const res = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($t: String!, $n: Int) { search(text: $t, first: $n) { node { __typename ... on Node { id } } } }',
        variables: { t: text, n },
      }),
    });
    const body = (await res.json()) as { data: { search: Array<{ node: { __typename: string; id: string } }> } };
    return body.data.search.map((h) => `${h.node.__typename} ${h.node.id}`);
  };

  it('"le huu tho" finds the person Lê Hữu Thọ first', async () => {
    expect((await top('le huu tho', 5))[0]).toMatch(/^Person person:le-huu-tho[@#]/);
  });

  it('"chi thi 05" finds the two Chỉ thị 05 (of the Prime Minister and of the Party) first', async () => {
    const hits = await top('chi thi 05', 5);
    const [a, b] = hits.slice(0, 2).sort();
    expect(a).toMatch(/^Directive CT-5-TTg/);
    expect(b).toMatch(/^Directive CT-5-TW/);
  });
});
