import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig, neo4jSettings } from '../../src/config.js';
import { splitStatements } from '../../src/engine/QueryCatalog.js';
import { exportGraph } from '../../src/exchange/exportGraph.js';
import { exchangeSourceStore } from '../fixtures/exchangeSource.js';
import { graphSnapshot } from '../fixtures/graphSnapshot.js';
import { emptyStore } from '../fixtures/testEngine.js';
import { countsOf } from '../fixtures/graphCounts.js';

const settings = neo4jSettings(loadConfig())!;

describe('the Cypher dump loaded into Neo4j as cypher-shell does', () => {
  it('gives the source graph back: same nodes, relationships and properties', async () => {
    const source = await exchangeSourceStore();
    const out = join(mkdtempSync(join(tmpdir(), 'kg-dump-')), 'dump.cypher');
    await exportGraph(source, { format: 'cypher', out, pageSize: 7 });
    const target = await emptyStore();
    // Each statement on its own auto-commit transaction, as `cypher-shell < dump.cypher` runs them.
    const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
    const session = driver.session();
    try {
      const statements = splitStatements(readFileSync(out, 'utf8'));
      expect(statements.length).toBeGreaterThan(20);
      for (const statement of statements) await session.run(statement);
      // As kg does when it next opens the store: the meeting day buckets, not dumped, are kept from the meetings.
      await target.migrate();
      expect(await countsOf(target)).toEqual(await countsOf(source));
      expect(await graphSnapshot(target)).toEqual(await graphSnapshot(source));
    } finally {
      await session.close();
      await driver.close();
      await Promise.all([source.close(), target.close()]);
    }
  });
});
