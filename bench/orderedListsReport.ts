// Gathers the JSON files of bench/orderedLists.ts runs into bench/results/ordered-lists.json and a Markdown
// table (ordered-lists.md, its table part; the prose above the table is kept as written); BENCH_REPORT=<name>
// writes <name>.{md,json} instead.
//   npx tsx bench/orderedListsReport.ts <size>:<engine>:<run>=<file.json> …   (run: before-1, after-1, …)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OperationResult as Op } from './orderedListsResult.js';

interface Run {
  label: string;
  engine: string;
  date: string;
  migrateMs: number;
  commit?: string;
  load?: { start: number[]; end: number[] };
  results: Record<string, Op>;
}

const RESULTS = join(fileURLToPath(new URL('..', import.meta.url)), 'bench', 'results');
const REPORT = process.env.BENCH_REPORT ?? 'ordered-lists';
const runs = process.argv.slice(2).map((arg) => {
  const [key, file] = arg.split('=');
  const [size, engine, run] = (key ?? '').split(':');
  return { size: size ?? '', engine: engine ?? '', run: run ?? '', data: JSON.parse(readFileSync(file ?? '', 'utf8')) as Run };
});

const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines: string[] = [];
for (const size of [...new Set(runs.map((r) => r.size))]) {
  for (const engine of [...new Set(runs.filter((r) => r.size === size).map((r) => r.engine))]) {
    const these = runs.filter((r) => r.size === size && r.engine === engine);
    const before = these.filter((r) => r.run.startsWith('before'));
    const after = these.filter((r) => r.run.startsWith('after'));
    const cell = (rs: typeof these, op: string) =>
      rs
        .map((r) => r.data.results[op])
        .map((o) => (o ? `${f(o.p50)} / ${f(o.p99)} (min ${f(o.min)}, ${String(o.roundTrips)} rt)` : 'not run'))
        .join('; ');
    const same = (op: string) => {
      const answers = new Set(these.map((r) => r.data.results[op]?.answer));
      return answers.size === 1 ? 'same' : 'DIFFERENT';
    };
    lines.push(`### ${size} articles, ${engine}`, '');
    lines.push('| operation | before p50 / p99 ms (run 1; run 2) | after p50 / p99 ms (run 1; run 2) | answers |', '| --- | --- | --- | --- |');
    const ops = Object.keys(these[0]?.data.results ?? {});
    for (const op of ops) lines.push(`| ${op} | ${cell(before, op)} | ${cell(after, op)} | ${same(op)} |`);
    const withTail = these.filter((r) => Object.values(r.data.results).some((o) => o.tail));
    if (withTail.length > 0) {
      lines.push(
        '',
        'Where the time of the slowest runs went (runs with per-run records): wall p99 of all the runs and the median p99 of their blocks of',
        '100 runs (as the older 100-run tables state it); CPU ms of the process per run (every thread: JS, GC helpers, the engine);',
        "for the slowest 1% of the runs and the others, the mean wall ms, CPU ms, ms the process's threads waited in the run queue for a",
        'core (summed over threads, Linux schedstat) and ms of GC pauses.',
        '',
        '| operation | run | n | p50 / p99 | p99 of 100 (range) | CPU p50 / p99 | slowest 1%: wall, CPU, waited, GC | others: wall, CPU, waited, GC |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
      );
      const w = (x: number | null) => (x === null ? '–' : f(x));
      for (const op of ops) {
        for (const r of withTail) {
          const o = r.data.results[op];
          if (!o?.tail) continue;
          const t = o.tail;
          const range = t.p99Of100Range ? ` (${f(t.p99Of100Range[0])}–${f(t.p99Of100Range[1])})` : '';
          lines.push(
            `| ${op} | ${r.run} | ${String(o.n)} | ${f(o.p50)} / ${f(o.p99)} | ${w(t.p99Of100)}${range} | ${f(t.cpuP50)} / ${f(t.cpuP99)} | ` +
              `${f(t.slowest.ms)}, ${f(t.slowest.cpu)}, ${w(t.slowest.wait)}, ${f(t.slowest.gc)} | ${f(t.others.ms)}, ${f(t.others.cpu)}, ${w(t.others.wait)}, ${f(t.others.gc)} |`,
          );
        }
      }
    }
    const loadOf = (r: (typeof these)[number]) => (r.data.load ? `, load ${String(r.data.load.start[0])} → ${String(r.data.load.end[0])}` : '');
    lines.push('', `Runs: ${these.map((r) => `${r.run} at ${r.data.commit ?? 'unknown commit'} (${r.data.date}${loadOf(r)})`).join('; ')}.`, '');
  }
}

writeFileSync(
  join(RESULTS, `${REPORT}.json`),
  `${JSON.stringify(
    runs.map((r) => ({
      size: r.size,
      engine: r.engine,
      run: r.run,
      date: r.data.date,
      commit: r.data.commit,
      load: r.data.load,
      migrateMs: r.data.migrateMs,
      results: strip(r.data.results),
    })),
    null,
    1,
  )}\n`,
);
const md = join(RESULTS, `${REPORT}.md`);
const marker = '<!-- tables: bench/orderedListsReport.ts -->';
const head = existsSync(md) ? (readFileSync(md, 'utf8').split(marker)[0] ?? '') : '# Ordered lists before / after\n\n';
writeFileSync(md, `${head.trimEnd()}\n\n${marker}\n\n${lines.join('\n')}`);

/** The answers are compared above, not kept; each run's times are, as [ms, cpu, wait, gc] rows (a third of the size of objects). */
function strip(results: Record<string, Op>) {
  return Object.fromEntries(
    Object.entries(results).map(([k, { answer: _answer, runs, ...rest }]) => [
      k,
      runs ? { ...rest, runColumns: ['ms', 'cpu', 'wait', 'gc'], runs: runs.map((r) => [r.ms, r.cpu, r.wait, r.gc]) } : rest,
    ]),
  );
}
