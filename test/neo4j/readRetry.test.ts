import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { Neo4jDriver } from '../../src/engine/neo4j/Neo4jDriver.js';
import { loadConfig, neo4jSettings } from '../../src/config.js';

// Reads are auto-commit queries, which the driver never retries: a read that fails with a retriable error must be
// run again in a managed transaction. A proxy in front of the server drops the first connection it is given (as a
// server restarting or a cluster member leaving would), then forwards every later one.
const settings = neo4jSettings(loadConfig())!;
const target = new URL(settings.uri.replace(/^[a-z+]+:/, 'http:'));

function dropFirstConnection(): Promise<{ server: Server; port: number; dropped: () => number }> {
  let dropped = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (dropped === 0) {
      dropped += 1;
      client.destroy();
      return;
    }
    const upstream = createConnection({ host: target.hostname, port: Number(target.port || 7687) });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
  });
  server.on('close', () => sockets.forEach((s) => s.destroy()));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0, dropped: () => dropped });
    }),
  );
}

describe('reads on Neo4j', () => {
  it('run a read again in a retried transaction when its auto-commit query fails with a retriable error', async () => {
    const proxy = await dropFirstConnection();
    const driver = new Neo4jDriver({ ...settings, uri: `bolt://127.0.0.1:${proxy.port}`, retryMs: 10_000 });
    try {
      const rows = await driver.read({ name: 'read_retry_probe', text: 'UNWIND [1, 2, 3] AS n RETURN n', params: {} });
      expect(rows.map((r) => driver.toRow(r))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(proxy.dropped()).toBe(1);
    } finally {
      await driver.close();
      await new Promise((resolve) => proxy.server.close(resolve));
    }
  });

  it('give a query error at once, without a second try', async () => {
    const driver = new Neo4jDriver(settings);
    try {
      await expect(driver.read({ name: 'read_bad_probe', text: 'RETURN 1 +', params: {} })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.SyntaxError' });
    } finally {
      await driver.close();
    }
  });
});
