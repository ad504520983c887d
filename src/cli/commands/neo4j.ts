import { InvalidArgumentError, type Command } from 'commander';
import type { CliContext } from '../context.js';
import { wholeNumber } from '../numbers.js';
import { memorySize } from '../../localNeo4j/memorySize.js';
import { neo4jAdmin, runningPid, startServer, stopServer, urls } from '../../localNeo4j/localServer.js';
import { DEFAULT_PAGE_CACHE, resolveClasspath, serverHome, type Ports } from '../../localNeo4j/serverHome.js';

interface ServerFlags {
  data: string;
  boltPort: number;
  httpPort: number;
}

const port = wholeNumber(1, 65535);

/** A commander argParser for a memory size (`512m`, `2g`): a bad one is a usage error before anything starts. */
const size = (flag: string) => (value: string) => {
  try {
    return memorySize(value, flag);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

function withServerFlags(command: Command): Command {
  return command
    .option('--data <dir>', 'server home: jars class path, conf, data, logs', '.neo4j')
    .option('--bolt-port <n>', 'Bolt port on 127.0.0.1', port, 7687)
    .option('--http-port <n>', 'HTTP port on 127.0.0.1 (Neo4j Browser at /browser/)', port, 7474);
}

const portsOf = (o: ServerFlags): Ports => ({ bolt: o.boltPort, http: o.httpPort });

/** `kg neo4j start|stop|status|admin`: a local Neo4j 5 Community server from Maven Central, no Docker. */
export function register(program: Command, ctx: CliContext): void {
  const neo4j = program.command('neo4j').description('a local Neo4j 5.26 Community server with Browser, from Maven Central (needs java 17/21 and mvn)');

  withServerFlags(neo4j.command('start'))
    .description('start it in the background (first time: resolve it with Maven, set the password from NEO4J_PASSWORD) and wait for Bolt')
    .option('--heap <size>', 'JVM heap (-Xmx), e.g. 1g', size('--heap'), '1g')
    .option('--page-cache <size>', `Neo4j's page cache, e.g. 2g: about the store's size on disk keeps it in memory`, size('--page-cache'), DEFAULT_PAGE_CACHE)
    .action(async (o: ServerFlags & { heap: string; pageCache: string }) => {
      const home = serverHome(o.data);
      const wasRunning = runningPid(home);
      const info = await startServer({
        home,
        ports: portsOf(o),
        user: ctx.config.neo4jCredentials.user,
        password: ctx.config.neo4jCredentials.password,
        heap: o.heap,
        pageCache: o.pageCache,
        log: (line) => console.error(line),
      });
      console.log(`${wasRunning ? 'Neo4j already running' : 'Neo4j started'} (pid ${info.pid})`);
      console.log(`Bolt:    ${info.boltUri}   (NEO4J_URI=${info.boltUri} npm start)`);
      console.log(`Browser: ${info.browserUrl}   (user ${ctx.config.neo4jCredentials.user})`);
    });

  neo4j
    .command('stop')
    .description('stop the server of that home')
    .option('--data <dir>', 'server home', '.neo4j')
    .action(async (o: { data: string }) => {
      console.log((await stopServer(serverHome(o.data))) ? 'Neo4j stopped' : 'Neo4j was not running');
    });

  withServerFlags(neo4j.command('status'))
    .description('say whether the server of that home runs (exit code 3 when it does not)')
    .action((o: ServerFlags) => {
      const pid = runningPid(serverHome(o.data));
      if (!pid) {
        console.log(`Neo4j is not running (home ${serverHome(o.data).dir})`);
        process.exitCode = 3;
        return;
      }
      const u = urls(portsOf(o));
      console.log(`Neo4j is running (pid ${pid}); Bolt ${u.boltUri}, Browser ${u.browserUrl}`);
    });

  neo4j
    .command('admin')
    .description('run neo4j-admin on that home, e.g. `kg neo4j admin -- database import full neo4j --nodes=…`')
    .option('--data <dir>', 'server home', '.neo4j')
    .argument('<args...>', 'neo4j-admin arguments')
    .action(async (args: string[], o: { data: string }) => {
      const home = serverHome(o.data);
      const classpath = await resolveClasspath(home, (line) => console.error(line));
      process.stdout.write(await neo4jAdmin(home, classpath, args));
    });
}
