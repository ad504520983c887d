import { EngineError } from '../../src/engine/errors.js';
import { emptyStore } from '../fixtures/testEngine.js';


describe('a write transaction on Neo4j', () => {
  it('rolls back the statements that ran when a later one fails in the engine', async () => {
    const store = await emptyStore();
    try {
      const failure = await store.engine
        .write([
          { query: 'upsert_places', params: { rows: [{ id: 'place:a', props: { name: 'A' } }] } },
          // `SET n += 5`: Neo4j refuses a number where a map belongs, after the first statement has run.
          { query: 'upsert_places', params: { rows: [{ id: 'place:b', props: 5 }] } },
        ])
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(EngineError);
      expect(failure).toMatchObject({ failure: 'bad_query', query: 'upsert_places+upsert_places' });
      expect(await store.nodesByIds('Place', ['place:a', 'place:b'])).toEqual([null, null]);
    } finally {
      await store.close();
    }
  });
});
