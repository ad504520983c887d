import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Makes `require('@grafeo-db/js')` fail, as on a platform whose binary is missing.
const NO_GRAFEO = fileURLToPath(new URL('../fixtures/noGrafeo.cjs', import.meta.url));

describe('a Neo4j deployment without Grafeo', () => {
  it('runs kg commands on Neo4j where the embedded engine cannot be loaded', async () => {
    const { stdout } = await run(process.execPath, ['--require', NO_GRAFEO, '--import', 'tsx', 'src/cli/main.ts', 'stats', '--json'], { cwd: ROOT, env: process.env });
    expect(JSON.parse(stdout)).toHaveProperty('labels');
  }, 60_000);
});
