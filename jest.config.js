// ESM TypeScript under jest: ts-jest's ESM preset, run with --experimental-vm-modules (see package.json).
// Every store test runs on the engine under test (test/fixtures/testEngine.ts): the embedded one, or
// Neo4j when NEO4J_URI is set. Neo4j Community has one database, which the tests empty and fill, so
// with NEO4J_URI the files run one at a time per server (NEO4J_TEST_SERVERS lists several), and only
// those that open a store (storeTests). test/neo4j/ holds what only Neo4j has (Browser,
// neo4j-admin import, its full-text index): run with NEO4J_URI, left out of the embedded run.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const onNeo4j = Boolean(process.env.NEO4J_URI);
// One jest worker per Neo4j server of NEO4J_TEST_SERVERS (test/fixtures/neo4jTestServer.ts), else one.
const neo4jServers = (process.env.NEO4J_TEST_SERVERS ?? '').split(',').filter(Boolean).length || 1;
const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The test files that open a store: those whose relative imports reach test/fixtures/testEngine.ts,
 * and test/neo4j/. Only they differ by engine, so only they run again with NEO4J_URI (the rest ran in
 * the embedded run, and running them twice cost CI minutes, not coverage).
 */
function storeTests() {
  const files = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(ROOT, 'test', f));
  const imports = new Map(
    files.map((f) => [f, [...readFileSync(f, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)\.js'/g)].map((m) => resolve(dirname(f), `${m[1]}.ts`))]),
  );
  const engine = join(ROOT, 'test', 'fixtures', 'testEngine.ts');
  const reaches = new Map();
  const visit = (f, seen = new Set()) => {
    if (f === engine) return true;
    if (reaches.has(f)) return reaches.get(f);
    if (seen.has(f)) return false;
    seen.add(f);
    const found = (imports.get(f) ?? []).some((i) => visit(i, seen));
    reaches.set(f, found);
    return found;
  };
  return files.filter((f) => f.endsWith('.test.ts') && (f.startsWith(join(ROOT, 'test', 'neo4j')) || visit(f)));
}

/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: onNeo4j ? storeTests() : ['**/*.test.ts'],
  testPathIgnorePatterns: onNeo4j ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/test/neo4j/'],
  ...(onNeo4j ? { maxWorkers: neo4jServers, setupFiles: ['<rootDir>/test/fixtures/neo4jTestServer.ts'] } : {}),
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // tsconfig.jest.json sets isolatedModules: ts-jest then transpiles each file alone instead of type-checking
  // every file it loads (a cold cache, as on CI, cost a minute per heavy file); `npm run typecheck` checks types.
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json', diagnostics: { ignoreCodes: [151002] } }] },
  testTimeout: 60000,
};
