import { ConfigError } from '../config.js';
import { DataFileLocked, EngineError } from '../engine/errors.js';

/** A server that cannot listen: the address and what to do, not a stack trace. */
export class PortInUse extends Error {
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`port ${port} on ${host} is already in use (is another \`kg serve\` running? set PORT to use another port)`);
    this.name = 'PortInUse';
  }
}

/**
 * What went wrong, as the one line the CLI prints: configuration errors, a port
 * in use, a locked data file, a Neo4j that cannot be reached say so plainly;
 * anything else is its message's first line (LOG_LEVEL=debug prints the stack).
 */
export function describeError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof PortInUse || error instanceof DataFileLocked) return error.message;
  if (error instanceof EngineError && error.engine === 'neo4j') {
    if (error.failure === 'unavailable') return `Neo4j cannot be reached (${error.message}); is it running, and is NEO4J_URI right?`;
    if (error.failure === 'unauthorized') return `Neo4j refused the credentials (${error.message}); check NEO4J_USER / NEO4J_PASSWORD`;
  }
  const e = error as NodeJS.ErrnoException & { code?: string };
  if (e?.code === 'EADDRINUSE') return new PortInUse(String((e as { address?: string }).address ?? '?'), Number((e as { port?: number }).port ?? 0)).message;
  if (e?.code === 'ServiceUnavailable') return `Neo4j cannot be reached (${firstLine(e.message)}); is it running, and is NEO4J_URI right?`;
  if (e?.code === 'Neo.ClientError.Security.Unauthorized') return `Neo4j refused the credentials (NEO4J_USER / NEO4J_PASSWORD): ${firstLine(e.message)}`;
  if (e?.code === 'EACCES' && e.syscall === 'listen') return `not allowed to listen on that port (${firstLine(e.message)}); choose a PORT above 1023`;
  return firstLine(error instanceof Error ? error.message : String(error));
}

function firstLine(s: string): string {
  return (s.split('\n')[0] ?? '').trim();
}
