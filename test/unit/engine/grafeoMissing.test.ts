import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
// Makes `require('@grafeo-db/js')` fail, as on a platform whose binary is missing.
const NO_GRAFEO = fileURLToPath(new URL('../../fixtures/noGrafeo.cjs', import.meta.url));

describe('the embedded engine where Grafeo cannot be loaded', () => {
  it('says what is missing when the embedded engine is asked for there', async () => {
    const failed = run(process.execPath, ['--require', NO_GRAFEO, '--import', 'tsx', 'src/cli/main.ts', 'stats'], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', KG_DATA: '/tmp/kg-no-grafeo.grafeo' },
    });
    await expect(failed).rejects.toMatchObject({
      stderr: expect.stringMatching(/the embedded engine needs @grafeo-db\/js, which cannot be loaded here.*set NEO4J_URI/),
    });
  }, 60_000);
});
