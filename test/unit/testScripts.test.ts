import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// One npm script per folder of test/ that holds tests (README: "one test tier at a time"),
// so a new folder cannot be added without its script, nor a script outlive its folder.

const TEST = join(process.cwd(), 'test');

function holdsTests(dir: string): boolean {
  return readdirSync(dir).some((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? holdsTests(path) : name.endsWith('.test.ts');
  });
}

describe('package.json test scripts', () => {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')).scripts;
  const folders = readdirSync(TEST)
    .filter((name) => statSync(join(TEST, name)).isDirectory() && holdsTests(join(TEST, name)))
    .sort();

  it('has a test:<folder> script running each folder of test/ that holds tests', () => {
    expect(folders).toEqual(expect.arrayContaining(['unit', 'graphql', 'e2e']));
    for (const folder of folders) expect(scripts[`test:${folder}`]).toBe(`node --experimental-vm-modules node_modules/jest/bin/jest.js test/${folder}`);
  });

  it('has no test:<folder> script for a folder that is gone', () => {
    const named = Object.keys(scripts)
      .filter((s) => s.startsWith('test:'))
      .map((s) => s.slice('test:'.length));
    for (const folder of named) expect(existsSync(join(TEST, folder)) && holdsTests(join(TEST, folder))).toBe(true);
  });
});
