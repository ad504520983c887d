import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GrafeoEngine } from '../../src/engine/grafeo/GrafeoEngine.js';
import { SEEDS_DIR } from '../fixtures/seeds.js';

// The CLI as a user runs it: a child process (through tsx, from the sources), its exit code, stdout and stderr.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function kg(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `kg-cli-${name}-`));
const oneLine = (s: string) => s.trim().split('\n');
const SEED_FILES = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt'));

describe('kg says what went wrong', () => {
  it('kg --version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await kg(['--version'], { PORT: 'not-a-port' }); // configuration is not even read
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('a configuration error is one line, no stack trace', async () => {
    const run = await kg(['stats'], { PORT: 'abc' });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/^kg: Bad configuration: PORT: /)]);
  });

  it('a bad numeric flag is refused, not read as NaN', async () => {
    for (const value of ['abc', '0']) {
      const run = await kg(['ingest', '--batch-size', value, SEEDS_DIR], { KG_DATA: join(tempDir('nan'), 'g.grafeo') });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/--batch-size/);
      expect(run.stdout).toBe('');
    }
  });

  it('kg neo4j start refuses a bad --page-cache before starting anything', async () => {
    const home = join(tempDir('pagecache'), 'home');
    const run = await kg(['neo4j', 'start', '--data', home, '--page-cache', '2GB'], { NEO4J_PASSWORD: 'password123' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/--page-cache '2GB' is not a size: give a whole number and k, m or g/);
    expect(run.stdout).toBe('');
    expect(existsSync(home)).toBe(false);
  });

  it('a data file held by another process: locked, is kg serve running?', async () => {
    const path = join(tempDir('lock'), 'graph.grafeo');
    const holder = new GrafeoEngine(path);
    try {
      const run = await kg(['stats'], { KG_DATA: path });
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toEqual([`kg: the data file ${path} is locked by another kg process (is \`kg serve\` running?)`]);
    } finally {
      await holder.close();
    }
  });

  it('a Neo4j that cannot be reached is one line', async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve)); // nothing listens there now
    const run = await kg(['stats'], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toEqual([expect.stringMatching(/^kg: Neo4j cannot be reached \(.*\); is it running, and is NEO4J_URI right\?$/)]);
  });

  it('a port in use is one line', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const run = await kg(['serve'], { KG_DATA: join(tempDir('port'), 'g.grafeo'), PORT: String(port), HOST: '127.0.0.1' });
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toEqual([`kg: port ${port} on 127.0.0.1 is already in use (is another \`kg serve\` running? set PORT to use another port)`]);
    } finally {
      taken.close();
    }
  });
});

describe('kg ingest', () => {
  it('exits 1 when nothing could be stored, 0 when something was; skipped files and other types in the summary', async () => {
    const dir = tempDir('exit');
    writeFileSync(join(dir, 'report.txt'), '%PDF-1.4\n(text)\n%%EOF');
    writeFileSync(join(dir, 'photo.jpg'), 'x');
    const data = join(tempDir('exit-data'), 'g.grafeo');
    const nothing = await kg(['ingest', dir, join(dir, 'missing.txt')], { KG_DATA: data });
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toMatch(/^0 articles stored/);
    expect(nothing.stdout).toMatch(/skipped report.txt: binary content \(PDF\), not text/);
    expect(nothing.stdout).toMatch(/missing.txt: no such file or folder/);
    expect(nothing.stdout).toMatch(/not read \(other file types\): 1 \.jpg/);
    expect(nothing.stdout).toMatch(/nothing was stored/);

    copyFileSync(join(SEEDS_DIR, SEED_FILES[0]!), join(dir, 'good.txt'));
    const some = await kg(['ingest', '--json', dir], { KG_DATA: data });
    expect(some.code).toBe(0);
    const report = JSON.parse(some.stdout) as { stored: number; skipped: unknown[]; ignored: Record<string, number> };
    expect(report).toMatchObject({ stored: 1, ignored: { '.jpg': 1 } });
    expect(report.skipped).toHaveLength(1);
  });

  it('prints a plain progress line with total, rate and ETA when stderr is not a terminal', async () => {
    const dir = tempDir('progress');
    for (let copy = 0; copy < 8; copy++) for (const f of SEED_FILES) copyFileSync(join(SEEDS_DIR, f), join(dir, `${copy}-${f}`));
    const total = 8 * SEED_FILES.length;
    const run = await kg(['ingest', '--progress-every', '1', '--batch-size', '1', dir], { KG_DATA: join(tempDir('progress-data'), 'g.grafeo') });
    expect(run.code).toBe(0);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('ingest: '));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(
      new RegExp(`^ingest: \\d+% \\([\\d.]+/[\\d.]+ MB\\), \\d+/${total} files, \\d+ stored, \\d+ skipped, [\\d.]+ articles/s, ETA (\\?|\\d+s|\\d+m \\d+s)$`),
    );
    expect(run.stdout).toMatch(new RegExp(`^${total} articles stored`));
  });
});

describe('kg extract', () => {
  it('reports a page that cannot be parsed and prints the others', async () => {
    const dir = tempDir('extract');
    copyFileSync(join(SEEDS_DIR, SEED_FILES[0]!), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(20_000)}Hội nghị`);
    copyFileSync(join(SEEDS_DIR, SEED_FILES[1]!), join(dir, 'z.txt'));
    const run = await kg(['extract', dir]);
    expect(run.code).toBe(0);
    const printed = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: string });
    expect(printed.map((p) => p.source)).toEqual(['a.txt', 'z.txt']);
    expect(run.stderr).toMatch(/skipped deep.html: HTML not readable: elements nested more than \d+ levels deep/);
  });
});
