import cliProgress from 'cli-progress';
import type { IngestReport } from '../ingest/ingestTexts.js';

/**
 * A progress line on stderr while ingesting (cli-progress: it redraws in place on
 * a terminal and stays quiet when stderr is not one, as in CI logs).
 */
export function ingestProgress(): { update: (r: IngestReport, source: string) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    { format: 'ingest | {stored} stored | {skipped} skipped | {meetings} meetings | {source}', noTTYOutput: false, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(r, source) {
      const payload = { stored: r.stored, skipped: r.skipped.length, meetings: r.meetings, source };
      if (!started) {
        bar.start(0, 0, payload);
        started = true;
      }
      bar.update(r.stored, payload);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

export function formatReport(r: IngestReport): string {
  const lines = [`${r.stored} articles stored, ${r.meetings} meetings, ${r.citations} citations, ${r.skipped.length} skipped`];
  for (const s of r.skipped) lines.push(`  skipped ${s.source}: ${s.reason}`);
  return lines.join('\n');
}
