import cliProgress from 'cli-progress';
import type { Writable } from 'node:stream';
import type { IngestReport } from '../ingest/ingestTexts.js';

export interface ProgressOptions {
  /** Where progress goes (stderr: stdout stays clean for --json). */
  stream?: Writable & { isTTY?: boolean };
  /** What the walk will read: files and their bytes (JSON Lines corpora are measured in bytes). */
  total?: { files: number; bytes: number };
  /** Seconds between plain lines when the stream is not a terminal. */
  intervalMs?: number;
  now?: () => number;
}

export interface IngestProgress {
  update(report: IngestReport, source: string): void;
  /** Bytes read from disk. */
  bytes(n: number): void;
  /** One more file (or bad path) done. */
  fileDone(): void;
  stop(): void;
}

const MB = 1024 * 1024;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Progress of `kg ingest` on stderr: on a terminal a bar (cli-progress) with the
 * total, the rate and an ETA; elsewhere (CI logs, a pipe) the same facts as a
 * plain line every intervalMs, so a long run shows it is alive. The ETA comes
 * from bytes read against the bytes to read, the unit that files and JSON Lines
 * corpora share.
 */
export function ingestProgress(options: ProgressOptions = {}): IngestProgress {
  const stream = options.stream ?? process.stderr;
  const total = options.total ?? { files: 0, bytes: 0 };
  const now = options.now ?? Date.now;
  const started = now();
  let bytes = 0;
  let files = 0;
  let last: { report: IngestReport; source: string } | null = null;

  const facts = () => {
    const r = last?.report;
    const done = (r?.stored ?? 0) + (r?.skipped.length ?? 0);
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = done / seconds;
    const fraction = total.bytes > 0 ? Math.min(bytes / total.bytes, 1) : 0;
    const eta = fraction > 0 ? (seconds * (1 - fraction)) / fraction : NaN;
    return {
      stored: r?.stored ?? 0,
      skipped: r?.skipped.length ?? 0,
      meetings: r?.meetings ?? 0,
      files,
      totalFiles: total.files,
      rate: rate.toFixed(1),
      percentage: Math.floor(fraction * 100),
      timeLeft: formatDuration(eta),
      mb: (bytes / MB).toFixed(1),
      totalMb: (total.bytes / MB).toFixed(1),
      source: last?.source ?? '',
    };
  };

  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'ingest {bar} {percentage}% | {files}/{totalFiles} files | {stored} stored, {skipped} skipped | {rate} articles/s | ETA {timeLeft} | {source}',
        stream: stream as NodeJS.WriteStream,
        hideCursor: false,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total.bytes, 1), 0, facts());
    const redraw = () => bar.update(Math.min(bytes, Math.max(total.bytes, 1)), facts());
    let stopped = false;
    return {
      update(report, source) {
        last = { report, source };
        redraw();
      },
      bytes(n) {
        bytes += n;
      },
      fileDone() {
        files++;
        redraw();
      },
      stop() {
        if (stopped) return;
        stopped = true;
        redraw();
        bar.stop();
      },
    };
  }

  const line = () => {
    const f = facts();
    stream.write(
      `ingest: ${f.percentage}% (${f.mb}/${f.totalMb} MB), ${f.files}/${f.totalFiles} files, ${f.stored} stored, ${f.skipped} skipped, ${f.rate} articles/s, ETA ${f.timeLeft}\n`,
    );
  };
  const timer = setInterval(line, options.intervalMs ?? 10_000);
  timer.unref();
  let stopped = false;
  return {
    update(report, source) {
      last = { report, source };
    },
    bytes(n) {
      bytes += n;
    },
    fileDone() {
      files++;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
    },
  };
}

export function formatReport(r: IngestReport): string {
  const lines = [`${r.stored} articles stored, ${r.meetings} meetings, ${r.citations} citations, ${r.skipped.length} skipped`];
  for (const s of r.skipped) lines.push(`  skipped ${s.source}: ${s.reason}`);
  const ignored = Object.entries(r.ignored ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (ignored.length > 0) {
    lines.push(`  not read (other file types): ${ignored.map(([type, k]) => `${k} ${type}`).join(', ')}`);
  }
  if (r.stored === 0) lines.push('nothing was stored');
  return lines.join('\n');
}
