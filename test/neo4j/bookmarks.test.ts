import { Neo4jDriver } from '../../src/engine/neo4j/Neo4jDriver.js';
import { loadConfig, neo4jSettings } from '../../src/config.js';

const settings = neo4jSettings(loadConfig())!;
const statement = (name: string, text: string) => ({ name, text, params: {} });
// A change that stays until the end (a node created and deleted in one transaction commits nothing new).
const PROBE = 'MERGE (n:BookmarkProbe {id: 1}) SET n.at = timestamp() RETURN 1 AS one';

describe('bookmarks on Neo4j', () => {
  it('keeps the bookmark of the last transaction, which every later session of the process waits for', async () => {
    const driver = new Neo4jDriver(settings);
    try {
      expect(await driver.bookmarks.getBookmarks()).toEqual([]);
      await driver.write([statement('bookmark_write', PROBE)]);
      const afterWrite = await driver.bookmarks.getBookmarks();
      expect(afterWrite).toHaveLength(1);
      // A read in a new session starts from that bookmark (the manager gives it to every session) and the next
      // write moves it on: one bookmark at a time, the newest.
      expect(await driver.read(statement('bookmark_read', 'RETURN 1 AS one'))).toHaveLength(1);
      await driver.write([statement('bookmark_write', PROBE)]);
      const afterSecond = await driver.bookmarks.getBookmarks();
      expect(afterSecond).toHaveLength(1);
      expect(afterSecond).not.toEqual(afterWrite);
    } finally {
      await driver.write([statement('bookmark_clean', 'MATCH (n:BookmarkProbe) DELETE n RETURN 1 AS one')]);
      await driver.close();
    }
  });
});
