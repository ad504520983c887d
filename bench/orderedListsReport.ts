// Gathers the JSON files of bench/orderedLists.ts runs into bench/results/ordered-lists.json and a Markdown
// table (ordered-lists.md, its table part; the prose above the table is kept as written); BENCH_REPORT=<name>
// writes <name>.{md,json} instead.
//   npx tsx bench/orderedListsReport.ts <size>:<engine>:<run>=<file.json> …   (run: before-1, after-1, …)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Op {
  p50: number;
  p99: number;
  min: number;
  n: number;
  roundTrips: number | null;
  errors: number;
  answer: string;
}
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

/** The answers are compared above, not kept. */
function strip(results: Record<string, Op>): Record<string, Omit<Op, 'answer'>> {
  return Object.fromEntries(Object.entries(results).map(([k, { answer: _answer, ...rest }]) => [k, rest]));
}
