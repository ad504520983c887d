import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Neo4j 5.26 runs on Java 17 or 21 only (later CalVer releases need 21+; 5.26 refuses 25). */
export const SUPPORTED_JAVA = [17, 21];

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
}

/** The java command: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The major version in `java -version` output (`openjdk version "17.0.15"`, `"1.8.0_392"` → 8). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Checks that a supported Java is there; returns the java command. */
export async function requireJava(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const java = javaCommand(env);
  let output: string;
  try {
    const { stdout, stderr } = await run(java, ['-version']);
    output = `${stderr}${stdout}`;
  } catch {
    throw new LocalNeo4jError(
      `java not found (${java}): Neo4j 5.26 needs a JDK ${SUPPORTED_JAVA.join(' or ')} (Debian: apt-get install openjdk-17-jre-headless), or set JAVA_HOME`,
    );
  }
  const major = parseJavaMajor(output);
  if (major === null || !SUPPORTED_JAVA.includes(major)) {
    throw new LocalNeo4jError(
      `${java} is Java ${major ?? '(unknown version)'}; Neo4j 5.26 runs on Java ${SUPPORTED_JAVA.join(' or ')}: set JAVA_HOME to such a JDK`,
    );
  }
  return java;
}

/** Checks that Maven is there; returns the mvn command. */
export async function requireMaven(): Promise<string> {
  try {
    await run('mvn', ['-v']);
    return 'mvn';
  } catch {
    throw new LocalNeo4jError('mvn not found: the first `kg neo4j start` resolves Neo4j from Maven Central with Maven (Debian: apt-get install maven)');
  }
}
