// Memory of the evidence sentences on the embedded engine (issue 10): the same rows written into a
// fresh Grafeo file in three forms, each in a process of its own, so resident memory is the store's:
//   copied:  every relationship carries its evidence sentence (`sentence`), as stored before;
//   list:    each Document keeps its evidence sentences once (`sentences`, a list), each
//            relationship the index of its own (`sentenceIndex`);
//   offsets: no copy, each relationship the bounds of its sentence in the Document's text
//            (`sentenceStart`, `sentenceEnd`), as toGraphBatch writes them now (src/graph/evidence.ts).
// The extractions are made once (cached in the temp folder) and turned into rows by toGraphBatch
// in each process; the other forms are derived from those rows, so the script measures every form
// before and after the change.
//   EVIDENCE_ARTICLES=10000 (synthetic articles)  EVIDENCE_BATCH=200 (articles per transaction)
//   EVIDENCE_LABEL=…  (a name for the run)
//   tsx bench/evidenceMemory.ts          appends a run to bench/results/evidence-memory.json, rewrites evidence-memory.md
//   tsx bench/evidenceMemory.ts report   rewrites evidence-memory.md from the JSON
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../src/core/extraction.js';
import { extractArticle } from '../src/extract/extractArticle.js';
import { GrafeoEngine } from '../src/engine/grafeo/GrafeoEngine.js';
import { concatBatches, type GraphBatch, type RelRow } from '../src/graph/GraphBatch.js';
import { sentenceBounds, sentenceOf } from '../src/graph/evidence.js';
import { REL_WRITES } from '../src/graph/model.js';
import { toGraphBatch } from '../src/graph/toGraphBatch.js';
import { GraphStore } from '../src/store/GraphStore.js';
import { syntheticArticles } from './syntheticArticles.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLES = Number(process.env.EVIDENCE_ARTICLES ?? 10000);
const BATCH = Number(process.env.EVIDENCE_BATCH ?? 200);
const CACHE = join(tmpdir(), `kg-evidence-extractions-${ARTICLES}.jsonl`);
const FORMS = ['copied', 'list', 'offsets'] as const;
type Form = (typeof FORMS)[number];

const relLists = (b: GraphBatch): RelRow[][] => REL_WRITES.map(([k]) => b[k]);

/** Sentence of a relationship row in any form. */
function sentenceIn(row: RelRow, docs: ReadonlyMap<string, { text: string; sentences: readonly string[] }>): string {
  const doc = docs.get(row.documentId);
  const i = row.props.sentenceIndex;
  const s = typeof i === 'number' ? doc?.sentences[i] : sentenceOf(row.props, doc?.text);
  if (typeof s !== 'string') throw new Error(`no sentence for a ${row.from} → ${row.to} row`);
  return s;
}

/** The rows of one article in the form asked for, whichever form toGraphBatch gave. */
function inForm(b: GraphBatch, form: Form): GraphBatch {
  const docs = new Map(
    b.documents.map((d) => [d.id, { text: String(d.props.text ?? ''), sentences: Array.isArray(d.props.sentences) ? (d.props.sentences as string[]) : [] }]),
  );
  const out: GraphBatch = { ...b };
  const perDoc = new Map<string, string[]>();
  for (const [k] of REL_WRITES) {
    out[k] = b[k].map((row) => {
      const sentence = sentenceIn(row, docs);
      const { sentence: _s, sentenceIndex: _i, sentenceStart: _b, sentenceEnd: _e, ...rest } = row.props;
      if (form === 'copied') return { ...row, props: { ...rest, sentence } };
      if (form === 'offsets') return { ...row, props: { ...rest, ...sentenceBounds(docs.get(row.documentId)?.text ?? '', sentence, Number(rest.start)) } };
      const list = perDoc.get(row.documentId) ?? [];
      perDoc.set(row.documentId, list);
      let i = list.indexOf(sentence);
      if (i < 0) i = list.push(sentence) - 1;
      return { ...row, props: { ...rest, sentenceIndex: i } };
    }) as never;
  }
  out.documents = b.documents.map((d) => {
    const { sentences: _s, ...props } = d.props;
    return form === 'list' ? { ...d, props: { ...props, sentences: perDoc.get(d.id) ?? [] } } : { ...d, props };
  });
  return out;
}

async function* extractions(): AsyncGenerator<Extraction> {
  const lines = createInterface({ input: createReadStream(CACHE, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as Extraction;
}

/** Extracts the synthetic articles once, into the cache file. */
async function prepare(): Promise<void> {
  if (existsSync(CACHE)) return;
  const tmp = `${CACHE}.part`;
  const out = createWriteStream(tmp);
  let n = 0;
  for (const a of syntheticArticles(join(ROOT, 'seeds'), ARTICLES)) {
    if (!out.write(`${JSON.stringify(extractArticle(a.source, a.text))}\n`)) await once(out, 'drain');
    if (++n % 1000 === 0) process.stderr.write(`\rextracted ${n}`);
  }
  out.end();
  await once(out, 'finish');
  process.stderr.write('\n');
  const { renameSync } = await import('node:fs');
  renameSync(tmp, CACHE);
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Child process: writes every row in one form into a fresh file, then measures. */
async function measure(form: Form): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-evidence-'));
  const file = join(dir, 'graph.grafeo');
  gc();
  const before = process.memoryUsage();
  const engine = new GrafeoEngine(file);
  const store = new GraphStore(engine);
  // The indexes of a store (migrate's backfills have nothing to do in a fresh file).
  await engine.applySchema('schema');
  await engine.applySchema('search_indexes');
  let rels = 0;
  let docs = 0;
  const distinct = new Set<string>();
  let copiedChars = 0;
  let onceChars = 0;
  let pending: GraphBatch[] = [];
  const started = performance.now();
  const flush = async () => {
    if (pending.length === 0) return;
    await store.upsert(concatBatches(pending));
    pending = [];
  };
  for await (const x of extractions()) {
    const rows = toGraphBatch(x);
    const b = inForm(rows, form);
    docs += b.documents.length;
    for (const row of relLists(inForm(rows, 'copied')).flat()) {
      rels++;
      const s = String(row.props.sentence);
      copiedChars += Buffer.byteLength(s);
      const key = `${row.documentId}\u0000${s}`;
      if (!distinct.has(key)) {
        distinct.add(key);
        onceChars += Buffer.byteLength(s);
      }
    }
    pending.push(b);
    if (pending.length >= BATCH) await flush();
  }
  await flush();
  const seconds = (performance.now() - started) / 1000;
  gc();
  const after = process.memoryUsage();
  const stats = await store.stats();
  await store.close();
  const fileBytes = ['', '.wal'].map((s) => file + s).reduce((a, f) => a + (existsSync(f) ? statSync(f).size : 0), 0);
  rmSync(dir, { recursive: true, force: true });
  const result = {
    form,
    documents: docs,
    relationships: rels,
    distinctSentences: distinct.size,
    relationshipsPerSentence: Math.round((rels / distinct.size) * 100) / 100,
    /** UTF-8 size of the sentences copied onto every relationship, and of each document's distinct ones. */
    sentenceMbCopied: mb(copiedChars),
    sentenceMbOnce: mb(onceChars),
    writeSeconds: Math.round(seconds * 10) / 10,
    rssMb: mb(after.rss),
    rssGrowthMb: mb(after.rss - before.rss),
    peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
    heapUsedMb: mb(after.heapUsed),
    fileMb: mb(fileBytes),
    stats,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

type Result = Record<string, number | string | object> & { form: Form };

async function main(): Promise<void> {
  const form = process.argv[2];
  if ((FORMS as readonly string[]).includes(form ?? '')) return measure(form as Form);
  if (form === 'report') return report([]);
  await prepare();
  const results: Result[] = [];
  for (const f of FORMS) {
    process.stderr.write(`writing ${ARTICLES} articles, evidence ${f}…\n`);
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), f], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 24,
    });
    if (child.status !== 0) throw new Error(`measuring ${f} failed (exit ${child.status})`);
    results.push(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Result);
  }
  await report(results);
}

/** Appends a run of these results (none: only rewrites the Markdown) to the JSON, and writes the Markdown from all runs. */
async function report(results: Result[]): Promise<void> {
  const jsonPath = join(ROOT, 'bench/results/evidence-memory.json');
  const previous = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as { runs?: Run[] }) : {};
  const run: Run = { date: new Date().toISOString(), label: process.env.EVIDENCE_LABEL ?? '', articles: ARTICLES, batch: BATCH, results };
  const runs = [...(previous.runs ?? []), ...(results.length > 0 ? [run] : [])];
  writeFileSync(jsonPath, `${JSON.stringify({ runs }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/results/evidence-memory.md'), markdown(runs));
  if (results.length > 0) process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
}

interface Run {
  date: string;
  label: string;
  articles: number;
  batch: number;
  results: Result[];
}

function markdown(runs: readonly Run[]): string {
  const lines = [
    '# Evidence sentences in memory (bench/evidenceMemory.ts)',
    '',
    'The same synthetic articles written into a fresh embedded (Grafeo) file, each form in a process of its own:',
    '`copied` = the sentence on every relationship (the store before), `list` = each Document keeps its',
    'sentences once and each relationship an index into them, `offsets` = each relationship the bounds of its',
    "sentence in the Document's text (what is stored now). RSS after the writes (after a GC), growth from before",
    'the engine opened, peak RSS of the process, the file with its WAL. The machine is shared (2 cores): write',
    'times and, less, RSS vary between runs.',
    '',
    '| run | articles | form | relationships | distinct sentences | relationships per sentence | sentences copied MB | sentences once MB | RSS MB | RSS growth MB | peak RSS MB | heap MB | file MB | write s |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const run of runs) {
    for (const r of run.results) {
      const cells = [
        `${run.label || run.date.slice(0, 16)}`,
        run.articles,
        r.form,
        r.relationships,
        r.distinctSentences,
        r.relationshipsPerSentence,
        r.sentenceMbCopied,
        r.sentenceMbOnce,
        r.rssMb,
        r.rssGrowthMb,
        r.peakRssMb,
        r.heapUsedMb,
        r.fileMb,
        r.writeSeconds,
      ];
      lines.push(`| ${cells.map((c) => (c === undefined ? '–' : String(c))).join(' | ')} |`);
    }
  }
  lines.push('', 'Stored once (`offsets`) against copied, per run:', '');
  for (const run of runs) {
    const by = (f: Form) => run.results.find((r) => r.form === f);
    const [copied, offsets] = [by('copied'), by('offsets')];
    if (!copied || !offsets) continue;
    const diff = (k: string) => {
      const [a, b] = [Number(copied[k]), Number(offsets[k])];
      return `${(b - a).toFixed(1)} MB (${(((b - a) / a) * 100).toFixed(1)}%)`;
    };
    lines.push(`- ${run.label || run.date}: peak RSS ${diff('peakRssMb')}, RSS growth ${diff('rssGrowthMb')}, file ${diff('fileMb')}`);
  }
  return `${lines.join('\n')}\n`;
}

await main();
