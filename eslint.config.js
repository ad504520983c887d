// ESLint (flat config): typescript-eslint's strict rules, import cycles refused, and
// the layers of src/ kept apart (each src/<folder>/README.md says what it may import).
// `npm run lint` runs it with --max-warnings 0 (.ci/run too).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * What each folder of src/ may import besides itself, lowest layer first:
 * text ← core ← extract, graph ← store (over engine) ← exchange, ingest ← graphql ← cli.
 */
const LAYERS = {
  text: [],
  core: ['text'],
  extract: ['core', 'text'],
  graph: ['core', 'text'],
  engine: ['config.ts'],
  localNeo4j: ['config.ts'],
  explorer: [],
  store: ['engine', 'graph', 'core', 'text'],
  exchange: ['store', 'engine', 'graph', 'core', 'text'],
  eval: ['extract', 'core', 'text'],
  ingest: ['extract', 'store', 'engine', 'graph', 'core', 'text', 'config.ts'],
  analyst: ['exchange', 'store', 'engine', 'graph', 'core', 'text'],
  graphql: ['ingest', 'extract', 'store', 'engine', 'graph', 'core', 'text', 'config.ts'],
};

const layerZones = Object.entries(LAYERS).map(([folder, allowed]) => ({
  target: `./src/${folder}`,
  from: './src',
  except: [`./${folder}`, ...allowed.map((a) => `./${a}`)],
  message: `src/${folder} may import only ${[folder, ...allowed].join(', ')} (eslint.config.js LAYERS; see src/${folder}/README.md).`,
}));

/** Stages inside a layer: cleaning runs before the article is read, so it never reaches into that stage. */
const stageZones = [
  {
    target: './src/extract/clean',
    from: './src/extract/article',
    message: 'src/extract/clean runs before src/extract/article and may not import it (shared text helpers go in src/text; see src/extract/clean/README.md).',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'bench/results/**',
      'neo4j/**',
      '.neo4j/**',
      'data/**',
      // Written by `npm run codegen`.
      'src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'explorer/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...stageZones] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Off: fast-check, neo4j-driver, chardet and cli-progress document use through their
      // default export (fc.array, neo4j.int); the rule flags exactly that usage.
      'import-x/no-named-as-default-member': 'off',
    },
  },
  {
    // Tests and benchmarks read GraphQL and engine answers as loose JSON and index rows
    // they have just built: `any` and `!` there fail the test loudly rather than hide a bug.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The explorer reads the API's JSON in view code, loosely typed on purpose (the schema is the type).
    files: ['explorer/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', require: 'readonly', module: 'writable' } },
  },
);
