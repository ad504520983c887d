// ESM TypeScript under jest: ts-jest's ESM preset, run with --experimental-vm-modules (see package.json).
// Every store test runs on the engine under test (test/fixtures/testEngine.ts): the embedded one, or
// Neo4j when NEO4J_URI is set. Neo4j Community has one database, which the tests empty and fill, so
// with NEO4J_URI the files run one at a time. test/neo4j/ holds what only Neo4j has (Browser,
// neo4j-admin import, its full-text index): run with NEO4J_URI, left out of the embedded run.
const onNeo4j = Boolean(process.env.NEO4J_URI);

/** @type {import('jest').Config} */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: onNeo4j ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/test/neo4j/'],
  ...(onNeo4j ? { maxWorkers: 1 } : {}),
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }] },
  testTimeout: 60000,
};
