import Table from 'cli-table3';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { analystQuestions, parseParam } from '../../analyst/analystQuestions.js';

/** A cell as a person reads it: lists joined, maps as JSON, null as empty. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `kg query NAME --param key=value …`: one analyst question of cypher/analyst/ on the configured engine. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('query')
    .description('run an analyst question of cypher/analyst/ on the configured engine and print a table (`kg query --list` lists them)')
    .argument('[name]', 'question, e.g. meetings_citing_directive')
    .option(
      '--param <key=value>',
      'a parameter (repeatable); a value is a Cypher literal or else a string',
      (v: string, all: string[]) => [...all, v],
      [] as string[],
    )
    .option('--example', "use the question's example parameters for those not given")
    .option('--list', 'list the questions, their parameters and examples')
    .option('--json', 'print the rows as JSON')
    .action(async (name: string | undefined, o: { param: string[]; example?: boolean; list?: boolean; json?: boolean }) => {
      const questions = analystQuestions();
      if (o.list || !name) {
        for (const q of questions) {
          const example = q.params.map((p) => `--param ${p}=${JSON.stringify(q.examples[p] ?? null)}`).join(' ');
          console.log(`${q.name}\n  ${q.description}\n  e.g. kg query ${q.name} ${example}\n`);
        }
        return;
      }
      const question = questions.find((q) => q.name === name);
      if (!question) throw new Error(`no analyst question '${name}' (kg query --list shows them: ${questions.map((q) => q.name).join(', ')})`);
      const given = Object.fromEntries(o.param.map(parseParam));
      const unknown = Object.keys(given).filter((k) => !question.params.includes(k));
      if (unknown.length) throw new Error(`${name} has no parameter ${unknown.join(', ')} (it takes ${question.params.join(', ') || 'none'})`);
      const params = o.example ? { ...question.examples, ...given } : given;
      const missing = question.params.filter((p) => !(p in params));
      if (missing.length) {
        throw new Error(
          `${name} needs ${missing.map((p) => `--param ${p}=… (e.g. ${JSON.stringify(question.examples[p] ?? null)})`).join(', ')}, or --example`,
        );
      }
      const store = await ctx.openStore();
      try {
        const rows = await store.engine.read(`analyst/${name}`, params);
        if (o.json) {
          console.log(JSON.stringify(rows));
          return;
        }
        const columns = rows[0] ? Object.keys(rows[0]) : [];
        // No colours: the table is read in terminals and logs alike.
        const table = new Table({ head: columns, wordWrap: true, style: { head: [], border: [] } });
        for (const r of rows) table.push(columns.map((c) => cell(r[c])));
        console.log(rows.length ? table.toString() : '(no rows)');
        console.error(`${rows.length} row${rows.length === 1 ? '' : 's'} (${store.engine.name})`);
      } finally {
        await store.close();
      }
    });
}
