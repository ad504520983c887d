import { spawnSync } from 'node:child_process';

// The resolver types are generated from schema/*.graphql and committed: a schema
// change without `npm run codegen` fails here (codegen's own --check compares
// what it would write with the committed file).
describe('generated resolver types', () => {
  it('src/graphql/generated/resolvers.ts is what npm run codegen writes from the SDL', () => {
    const run = spawnSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--check'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`out of date: run npm run codegen and commit the result\n${run.stdout}${run.stderr}`);
    expect(run.status).toBe(0);
  }, 120_000);
});
