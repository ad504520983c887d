import type * as Koffi from 'koffi';
import { loadMallocTrim, MemoryReleaser, openMallocTrim } from '../../../src/engine/grafeo/releaseMemory.js';
import { GrafeoEngine } from '../../../src/engine/grafeo/GrafeoEngine.js';

const MB = 2 ** 20;

/** A releaser over a fake malloc_trim and a fake RSS, which the trim lowers to `afterTrim`. */
function fake(afterGrowthMb: number, afterTrim = 100 * MB) {
  let rss = 100 * MB;
  const calls: number[] = [];
  const releaser = new MemoryReleaser(
    (pad) => {
      calls.push(pad);
      rss = afterTrim;
      return 1;
    },
    afterGrowthMb,
    () => rss,
  );
  return { releaser, calls, grow: (mb: number) => (rss += mb * MB) };
}

describe('MemoryReleaser', () => {
  it('does nothing without a malloc_trim (no glibc, or turned off)', () => {
    const releaser = new MemoryReleaser(null, 0, () => {
      throw new Error('RSS is not even read');
    });
    expect(releaser.active).toBe(false);
    releaser.afterCommit();
    expect(releaser.stats).toEqual({ commits: 0, trims: 0, trimMs: 0, releasedMb: 0 });
  });

  it('trims after every commit with a threshold of 0', () => {
    const { releaser, calls, grow } = fake(0);
    releaser.afterCommit();
    grow(10);
    releaser.afterCommit();
    expect(calls).toEqual([0, 0]);
    expect(releaser.stats.trims).toBe(2);
    expect(releaser.stats.releasedMb).toBe(10);
  });

  it('trims only once RSS grew by the threshold since the last trim', () => {
    const { releaser, calls, grow } = fake(64);
    releaser.afterCommit(); // the first commit: RSS grew from nothing
    expect(calls).toHaveLength(1);
    grow(40);
    releaser.afterCommit();
    expect(calls).toHaveLength(1);
    grow(30); // 70 MB above what the last trim left
    releaser.afterCommit();
    expect(calls).toHaveLength(2);
    expect(releaser.stats).toMatchObject({ commits: 3, trims: 2, releasedMb: 70 });
  });

  it('never fails a commit when malloc_trim throws', () => {
    const releaser = new MemoryReleaser(
      () => {
        throw new Error('boom');
      },
      0,
      () => MB,
    );
    expect(() => releaser.afterCommit()).not.toThrow();
    expect(releaser.stats.trims).toBe(0);
  });
});

describe('openMallocTrim', () => {
  it('is null off Linux, without koffi, and on a libc without libc.so.6 or malloc_trim (musl)', () => {
    expect(openMallocTrim('darwin')).toBeNull();
    expect(openMallocTrim('win32')).toBeNull();
    expect(
      openMallocTrim('linux', () => {
        throw new Error("Cannot find module 'koffi'");
      }),
    ).toBeNull();
    const musl = {
      load: () => {
        throw new Error('Failed to load shared library: Error loading shared library libc.so.6');
      },
    } as unknown as typeof Koffi;
    expect(openMallocTrim('linux', () => musl)).toBeNull();
  });

  it('calls glibc here', () => {
    const trim = loadMallocTrim();
    if (!(process.report.getReport() as { header: { glibcVersionRuntime?: string } }).header.glibcVersionRuntime) return expect(trim).toBeNull();
    expect(trim).not.toBeNull();
    expect([0, 1]).toContain(trim!(0));
  });

  it('runs after each committed write of the embedded engine, trims when glibc is here, and can be turned off', async () => {
    const engine = new GrafeoEngine(undefined, { releaseMemoryAfterMb: 0 });
    await engine.write([]);
    await engine.write([]);
    await engine.close();
    const here = loadMallocTrim() !== null;
    expect(engine.memoryRelease).toMatchObject({ commits: here ? 2 : 0, trims: here ? 2 : 0 });
    const off = new GrafeoEngine(undefined, { releaseMemoryAfterMb: false });
    await off.write([]);
    await off.close();
    expect(off.memoryRelease).toMatchObject({ commits: 0, trims: 0 });
  });
});
