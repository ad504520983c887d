import { createServer, type Server } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJavaMajor, requireJava } from '../../../src/localNeo4j/javaTools.js';
import { DEFAULT_PAGE_CACHE, neo4jConf, serverHome } from '../../../src/localNeo4j/serverHome.js';
import { memorySize } from '../../../src/localNeo4j/memorySize.js';
import { runningPid, startServer } from '../../../src/localNeo4j/localServer.js';

describe('local Neo4j: checks before anything starts', () => {
  it('reads the Java major version from `java -version`', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('no version here')).toBeNull();
  });

  it('refuses a missing java with what to install', async () => {
    await expect(requireJava({ JAVA_HOME: '/nonexistent-jdk' })).rejects.toThrow(/java not found \(\/nonexistent-jdk\/bin\/java\).*JDK 17 or 21/);
  });

  it('binds only to 127.0.0.1 on the given ports, with auth on', () => {
    const conf = neo4jConf({ bolt: 7001, http: 7002 });
    expect(conf).toContain('server.default_listen_address=127.0.0.1');
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7001');
    expect(conf).toContain('server.http.listen_address=127.0.0.1:7002');
    expect(conf).toContain('dbms.security.auth_enabled=true');
  });

  it('says which port is taken, and starts nothing', async () => {
    const holder: Server = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const taken = (holder.address() as { port: number }).port;
    const home = serverHome(join(mkdtempSync(join(tmpdir(), 'kg-neo4j-')), 'home'));
    try {
      await expect(
        startServer({ home, ports: { bolt: taken, http: 1 + taken }, user: 'neo4j', password: 'password', heap: '256m', log: () => undefined }),
      ).rejects.toThrow(new RegExp(`port ${taken} \\(Bolt\\) is taken on 127.0.0.1`));
      expect(runningPid(home)).toBeNull();
    } finally {
      holder.close();
    }
  });

  it('refuses a password Neo4j would refuse', async () => {
    const home = serverHome(join(mkdtempSync(join(tmpdir(), 'kg-neo4j-')), 'home'));
    await expect(startServer({ home, ports: { bolt: 1, http: 2 }, user: 'neo4j', password: 'short', heap: '256m', log: () => undefined })).rejects.toThrow(
      /at least 8 characters/,
    );
  });
});

describe('local Neo4j: memory sizes', () => {
  it('writes the page cache asked for into neo4j.conf, 256m when none is', () => {
    expect(neo4jConf({ bolt: 7001, http: 7002 }, '2g')).toContain('server.memory.pagecache.size=2g');
    expect(neo4jConf({ bolt: 7001, http: 7002 })).toContain(`server.memory.pagecache.size=${DEFAULT_PAGE_CACHE}`);
    expect(DEFAULT_PAGE_CACHE).toBe('256m');
  });

  it('takes k, m or g sizes as Java writes them, and refuses others with what to give', () => {
    expect(memorySize('1500M', '--page-cache')).toBe('1500m');
    expect(memorySize(' 2g ', '--heap')).toBe('2g');
    expect(() => memorySize('2GB', '--page-cache')).toThrow(/--page-cache '2GB' is not a size: give a whole number and k, m or g/);
    expect(() => memorySize('lots', '--heap')).toThrow(/--heap 'lots' is not a size/);
    expect(() => memorySize('0m', '--page-cache')).toThrow(/not a size/);
    expect(() => memorySize('512k', '--page-cache')).toThrow(/too small: at least 8m/);
  });

  it('refuses a bad page cache before starting anything', async () => {
    const home = serverHome(join(mkdtempSync(join(tmpdir(), 'kg-neo4j-')), 'home'));
    await expect(
      startServer({ home, ports: { bolt: 1, http: 2 }, user: 'neo4j', password: 'password', heap: '256m', pageCache: 'big', log: () => undefined }),
    ).rejects.toThrow(/--page-cache 'big' is not a size/);
    expect(runningPid(home)).toBeNull();
  });
});
