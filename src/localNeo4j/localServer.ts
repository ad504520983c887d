import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError, requireJava } from './javaTools.js';
import { memorySize } from './memorySize.js';
import { prepareHome, resolveClasspath, type Ports, type ServerHome } from './serverHome.js';

// A Neo4j 5 Community server run from the Maven class path with plain `java`, in the
// background, bound to 127.0.0.1: `kg neo4j start|stop|status`, and CI's Neo4j.

const run = promisify(execFile);

export interface StartOptions {
  home: ServerHome;
  ports: Ports;
  user: string;
  password: string;
  /** JVM heap, as -Xmx takes it. */
  heap: string;
  /** Neo4j's page cache (server.memory.pagecache.size); DEFAULT_PAGE_CACHE when absent. */
  pageCache?: string;
  log: (line: string) => void;
  /** How long to wait for Bolt to answer. */
  timeoutMs?: number;
}

export interface ServerInfo {
  pid: number;
  boltUri: string;
  browserUrl: string;
}

export function urls(ports: Ports): { boltUri: string; browserUrl: string } {
  return { boltUri: `bolt://127.0.0.1:${ports.bolt}`, browserUrl: `http://127.0.0.1:${ports.http}/browser/` };
}

/** The pid of the home's server when that process is alive, else null. */
export function runningPid(home: ServerHome): number | null {
  if (!existsSync(home.pidFile)) return null;
  const pid = Number(readFileSync(home.pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Runs neo4j-admin (org.neo4j.cli.AdminTool) against this home, e.g. `dbms set-initial-password …` or `database import full …`. */
export async function neo4jAdmin(home: ServerHome, classpath: string, args: string[]): Promise<string> {
  const java = await requireJava();
  try {
    const { stdout, stderr } = await run(java, ['-cp', classpath, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: home.dir, NEO4J_CONF: home.conf },
      maxBuffer: 64 * 1024 * 1024,
    });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const out = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    throw new LocalNeo4jError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed: ${out.split('\n').slice(-8).join('\n') || e.message}`);
  }
}

/** Starts the server in the background and waits until Bolt answers with the credentials. Idempotent. */
export async function startServer(o: StartOptions): Promise<ServerInfo> {
  const already = runningPid(o.home);
  if (already) return { pid: already, ...urls(o.ports) };
  if (o.password.length < 8) throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters (Neo4j refuses shorter ones)');
  // Checked before anything starts: a bad size would otherwise surface as a JVM or Neo4j start failure in the log.
  const heap = memorySize(o.heap, '--heap');
  const pageCache = o.pageCache === undefined ? undefined : memorySize(o.pageCache, '--page-cache');
  const java = await requireJava();
  for (const [what, port] of [
    ['Bolt', o.ports.bolt],
    ['HTTP', o.ports.http],
  ] as const) {
    if (!(await portFree(port))) {
      throw new LocalNeo4jError(
        `port ${port} (${what}) is taken on 127.0.0.1: stop what holds it, or pick another with --${what === 'Bolt' ? 'bolt' : 'http'}-port`,
      );
    }
  }
  const classpath = await resolveClasspath(o.home, o.log);
  prepareHome(o.home, o.ports, pageCache);
  // 5.x has no setting for the first password: neo4j-admin sets it before the first start only.
  if (!existsSync(`${o.home.data}/databases/system`)) {
    await neo4jAdmin(o.home, classpath, ['dbms', 'set-initial-password', o.password]);
  }
  const out = openSync(o.home.consoleLog, 'a');
  const child = spawn(
    java,
    [
      '-Xms256m',
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      // As Neo4j's own launcher passes them (Netty and the page cache need these opens on Java 17).
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-cp',
      `${o.home.plugins}/*:${classpath}`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${o.home.dir}`,
      `--config-dir=${o.home.conf}`,
      '--console-mode',
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: o.home.dir, NEO4J_CONF: o.home.conf } },
  );
  closeSync(out);
  const pid = child.pid;
  if (!pid) throw new LocalNeo4jError('java did not start');
  child.unref();
  writeFileSync(o.home.pidFile, `${pid}\n`);
  o.log(`Neo4j starting (pid ${pid}, log ${o.home.consoleLog})`);
  await waitForBolt(o, pid);
  return { pid, ...urls(o.ports) };
}

async function waitForBolt(o: StartOptions, pid: number): Promise<void> {
  const deadline = Date.now() + (o.timeoutMs ?? 120_000);
  const driver = neo4j.driver(urls(o.ports).boltUri, neo4j.auth.basic(o.user, o.password));
  try {
    for (;;) {
      try {
        await driver.verifyAuthentication();
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) {
          throw new LocalNeo4jError(
            `Neo4j answers but refuses user '${o.user}' with this NEO4J_PASSWORD (the password is set at the first start of ${o.home.dir}; delete its data/ folder to start afresh)`,
          );
        }
      }
      if (!runningPid(o.home)) throw new LocalNeo4jError(`Neo4j (pid ${pid}) exited while starting:\n${logTail(o.home)}`);
      if (Date.now() > deadline) throw new LocalNeo4jError(`Bolt did not answer within ${Math.round((o.timeoutMs ?? 120_000) / 1000)} s:\n${logTail(o.home)}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    await driver.close();
  }
}

function logTail(home: ServerHome, lines = 15): string {
  return existsSync(home.consoleLog) ? readFileSync(home.consoleLog, 'utf8').trim().split('\n').slice(-lines).join('\n') : '(no log)';
}

/** Stops the server by its pid file (SIGTERM, then SIGKILL after the timeout); false when none ran. */
export async function stopServer(home: ServerHome, timeoutMs = 60_000): Promise<boolean> {
  const pid = runningPid(home);
  if (!pid) {
    rmSync(home.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (runningPid(home)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 250));
  }
  rmSync(home.pidFile, { force: true });
  return true;
}
