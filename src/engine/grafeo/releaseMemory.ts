import { createRequire } from 'node:module';
import type * as Koffi from 'koffi';

/**
 * glibc's `malloc_trim(pad)`: gives back to the kernel the free memory at the top of each malloc heap and the
 * whole free pages inside it, in every arena. Returns 1 when some memory was released.
 */
export type MallocTrim = (pad: number) => number;

const require = createRequire(import.meta.url);
let loaded: MallocTrim | null | undefined;

/**
 * `malloc_trim` from the C library through koffi (an FFI whose npm package ships prebuilt binaries, so nothing is
 * compiled at install); null where there is none: not Linux, a libc without it (musl has neither libc.so.6 nor
 * malloc_trim), or koffi's binary missing for this platform. Never throws: releasing memory is an optimisation.
 */
export function openMallocTrim(platform: string = process.platform, load: () => typeof Koffi = () => require('koffi') as typeof Koffi): MallocTrim | null {
  if (platform !== 'linux') return null;
  try {
    const trim = load().load('libc.so.6').func('int malloc_trim(size_t)');
    return (pad: number) => trim(pad) as number;
  } catch {
    return null;
  }
}

/** openMallocTrim for this process, loaded once. */
export function loadMallocTrim(): MallocTrim | null {
  if (loaded === undefined) loaded = openMallocTrim();
  return loaded;
}

export interface ReleaseStats {
  /** Commits seen. */
  commits: number;
  /** malloc_trim calls, their time (ms) and the RSS they gave back (MB). */
  trims: number;
  trimMs: number;
  releasedMb: number;
}

const MB = 2 ** 20;

/**
 * Gives the memory a write transaction freed back to the kernel. Grafeo's transaction working memory is hundreds
 * of MB, and glibc keeps what it frees as the process's own (RSS 947 MB after a 10k-article replay, 275 MB after
 * `malloc_trim(0)`; bench/results/ingest-memory.md). After a commit, when RSS grew by `afterGrowthMb` since the last
 * trim, trim once: a few small transactions do not pay for a trim each.
 */
export class MemoryReleaser {
  readonly stats: ReleaseStats = { commits: 0, trims: 0, trimMs: 0, releasedMb: 0 };
  private floor = 0;

  constructor(
    private readonly trim: MallocTrim | null,
    private readonly afterGrowthMb: number,
    private readonly rss: () => number = () => process.memoryUsage.rss(),
  ) {}

  /** Whether it can release anything here (false: every call is a no-op). */
  get active(): boolean {
    return this.trim !== null;
  }

  afterCommit(): void {
    if (!this.trim) return;
    this.stats.commits++;
    const before = this.rss();
    if (before - this.floor < this.afterGrowthMb * MB) return;
    const t = performance.now();
    try {
      this.trim(0);
    } catch {
      return; // never fail a committed write for this
    } finally {
      this.stats.trimMs += performance.now() - t;
    }
    this.floor = this.rss();
    this.stats.trims++;
    this.stats.releasedMb += Math.max(0, before - this.floor) / MB;
  }
}
