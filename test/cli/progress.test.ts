import { Writable } from 'node:stream';
import { formatDuration, formatReport, ingestProgress } from '../../src/cli/progress.js';
import { emptyReport } from '../../src/ingest/ingestTexts.js';

class Capture extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
  // What cli-progress calls on a terminal.
  columns = 200;
  cursorTo() {
    return true;
  }
  clearLine() {
    return true;
  }
  moveCursor() {
    return true;
  }
}

describe('ingest progress', () => {
  it('draws a bar with the total, the rate and an ETA on a terminal', () => {
    const stream = new Capture(true);
    let now = 0;
    const progress = ingestProgress({ stream, total: { files: 10, bytes: 1000 }, now: () => now });
    const report = emptyReport();
    now = 2000;
    progress.bytes(250);
    for (let i = 0; i < 4; i++) progress.fileDone();
    report.stored = 4;
    progress.update(report, 'd.txt');
    progress.stop();
    expect(stream.text).toMatch(/ingest .* 25% \| 4\/10 files \| 4 stored, 0 skipped \| 2\.0 articles\/s \| ETA 6s \| d\.txt/);
  });

  it('writes a plain line periodically when not on a terminal', async () => {
    const stream = new Capture(false);
    const progress = ingestProgress({ stream, total: { files: 3, bytes: 3 * 1024 * 1024 }, intervalMs: 20 });
    const report = emptyReport();
    progress.bytes(1024 * 1024);
    progress.fileDone();
    report.stored = 1;
    progress.update(report, 'a.txt');
    await new Promise((r) => setTimeout(r, 120));
    progress.stop();
    const lines = stream.text.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^ingest: 33% \(1\.0\/3\.0 MB\), 1\/3 files, 1 stored, 0 skipped, [\d.]+ articles\/s, ETA \d+s$/);
    const after = stream.text;
    await new Promise((r) => setTimeout(r, 60));
    expect(stream.text).toBe(after); // stopped: no more lines
  });

  it('formats durations and the summary', () => {
    expect([formatDuration(5), formatDuration(125), formatDuration(7300), formatDuration(NaN)]).toEqual(['5s', '2m 05s', '2h 01m', '?']);
    const r = { ...emptyReport(), stored: 2, skipped: [{ source: 'x.pdf', reason: 'binary content (PDF), not text' }], ignored: { '.png': 3, '.zip': 1 } };
    expect(formatReport(r).split('\n')).toEqual([
      '2 articles stored, 0 meetings, 0 citations, 1 skipped',
      '  skipped x.pdf: binary content (PDF), not text',
      '  not read (other file types): 3 .png, 1 .zip',
    ]);
    expect(formatReport(emptyReport())).toMatch(/nothing was stored$/);
  });
});
