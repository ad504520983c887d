// The extractor on real general news (../shared/corpus/news-baomoi-2017.jsonl.gz, 35k articles
// of every section; never copied into the repo): it never throws, prints contract-valid output,
// and reports few meetings (sport, crime, festivals and shows report none). A sample of the
// first lines by default; NEWS_CORPUS_ALL=1 runs every article, NEWS_CORPUS_LINES=N another sample.
// Without ../shared the suite is not registered and a test says so.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle, ArticleTooLong } from '../../src/extract/extractArticle.js';
import { toContract } from '../../src/core/toContract.js';
import { contractDocumentSchema } from '../../src/eval/contractSchema.js';

const CORPUS = resolve(process.cwd(), '../shared/corpus/news-baomoi-2017.jsonl.gz');
const SAMPLE = process.env.NEWS_CORPUS_ALL ? Infinity : Number(process.env.NEWS_CORPUS_LINES ?? 3000);
const present = existsSync(CORPUS);
const SKIP_MESSAGE = `news corpus test skipped: ${CORPUS} is absent (a clone without ../shared)`;

if (!present) console.log(SKIP_MESSAGE);

test('says plainly whether the news corpus is read or skipped', () => {
  expect(present || SKIP_MESSAGE.includes('skipped')).toBe(true);
  if (!present) expect(SKIP_MESSAGE).toContain(CORPUS);
});

(present ? describe : describe.skip)('extractor on real general news', () => {
  const lines = present ? gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n').filter(Boolean).slice(0, SAMPLE) : [];
  let meetings = 0;
  let withMeeting = 0;
  const failures: string[] = [];

  beforeAll(() => {
    for (const line of lines) {
      const a = JSON.parse(line) as { id: string; title: string; text: string };
      try {
        const doc = toContract(extractArticle(`${a.id}.txt`, a.text));
        const valid = contractDocumentSchema.safeParse(doc);
        if (!valid.success) failures.push(`${a.id}: ${valid.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        meetings += doc.meetings.length;
        if (doc.meetings.length > 0) withMeeting++;
      } catch (e) {
        // Refusing an over-long input is the documented clear error, not a crash.
        if (!(e instanceof ArticleTooLong)) failures.push(`${a.id}: threw ${(e as Error).message}`);
      }
    }
    console.log(`news corpus: ${lines.length} articles, ${meetings} meetings reported in ${withMeeting} articles`);
  }, 600_000);

  it('never throws and always prints contract-valid output', () => {
    expect(failures).toEqual([]);
  });

  it('reports a meeting in only a small share of general news', () => {
    // General news is mostly sport, crime, economy and culture; the meetings it reports are
    // official ones (a Government sitting, a ministry's press conference), a few in a hundred.
    expect(withMeeting / Math.max(1, lines.length)).toBeLessThan(0.05);
  });
});
