import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LocalNeo4jError, requireMaven } from './javaTools.js';

const run = promisify(execFile);

/** The pom that pins Neo4j and Neo4j Browser (neo4j/pom.xml at the repository root, from src/ and dist/ alike). */
export const POM = fileURLToPath(new URL('../../neo4j/pom.xml', import.meta.url));

export interface Ports {
  bolt: number;
  http: number;
}

/** The folders of one server home, all under `dir` (`.neo4j/` by default): ignored by git. */
export interface ServerHome {
  dir: string;
  conf: string;
  data: string;
  logs: string;
  plugins: string;
  /** The Maven class path of the server, one line of jar paths in the local Maven repository. */
  classpathFile: string;
  pidFile: string;
  consoleLog: string;
}

export function serverHome(dir: string): ServerHome {
  const d = resolve(dir);
  return {
    dir: d,
    conf: join(d, 'conf'),
    data: join(d, 'data'),
    logs: join(d, 'logs'),
    plugins: join(d, 'plugins'),
    classpathFile: join(d, 'classpath.txt'),
    pidFile: join(d, 'neo4j.pid'),
    consoleLog: join(d, 'logs', 'console.log'),
  };
}

/**
 * The page cache when no --page-cache is given: small, since the server shares a developer's machine with the
 * app and its tests (Neo4j's own default, half the RAM less the heap, would take what they need). A store larger
 * than this reads from disk; pass its size (`kg neo4j start --page-cache 2g` for the ~1.4 GB 100k-article store).
 */
export const DEFAULT_PAGE_CACHE = '256m';

/** neo4j.conf: loopback only, the given ports, auth on, the given page cache (names as in the 5.x configuration reference). */
export function neo4jConf(ports: Ports, pageCache: string = DEFAULT_PAGE_CACHE): string {
  return [
    '# Written by `kg neo4j start` at every start (edit the flags, not this file).',
    'server.default_listen_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${ports.bolt}`,
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${ports.http}`,
    `server.http.advertised_address=127.0.0.1:${ports.http}`,
    `server.bolt.advertised_address=127.0.0.1:${ports.bolt}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.memory.pagecache.size=${pageCache}`,
    'dbms.memory.transaction.total.max=1g',
    'dbms.usage_report.enabled=false',
    // Query log with each transaction's metadata, so a slow query names the API query that sent it.
    'db.logs.query.enabled=INFO',
    'db.logs.query.transaction.enabled=INFO',
    '',
  ].join('\n');
}

/** Creates the folders and writes neo4j.conf for these ports and page cache. */
export function prepareHome(home: ServerHome, ports: Ports, pageCache: string = DEFAULT_PAGE_CACHE): void {
  for (const d of [home.conf, home.data, home.logs, home.plugins]) mkdirSync(d, { recursive: true });
  writeFileSync(join(home.conf, 'neo4j.conf'), neo4jConf(ports, pageCache));
}

/**
 * The server's class path, resolved by Maven from the pinned pom (downloading from
 * Maven Central the first time, then from the local repository). Kept in the home
 * until the pom changes or a jar is gone.
 */
export async function resolveClasspath(home: ServerHome, log: (line: string) => void): Promise<string> {
  if (existsSync(home.classpathFile) && statSync(home.classpathFile).mtimeMs >= statSync(POM).mtimeMs) {
    const cached = readFileSync(home.classpathFile, 'utf8').trim();
    if (cached && cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  const mvn = await requireMaven();
  log(`resolving Neo4j from Maven Central (${POM}); the first time takes a minute`);
  mkdirSync(home.dir, { recursive: true });
  try {
    await run(mvn, ['-q', '-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${home.classpathFile}`], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const tail = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim().split('\n').slice(-5).join('\n');
    throw new LocalNeo4jError(`Maven could not resolve Neo4j: ${tail || e.message}`);
  }
  const classpath = readFileSync(home.classpathFile, 'utf8').trim();
  if (!classpath) throw new LocalNeo4jError(`Maven wrote an empty class path to ${home.classpathFile}`);
  return classpath;
}
