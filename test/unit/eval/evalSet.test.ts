import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalSet, formatResult } from '../../../src/eval/evalSet.js';
import type { ContractDocument } from '../../../src/core/extraction.js';

const doc = (source: string, over: Partial<ContractDocument> = {}): ContractDocument => ({
  source,
  title: null,
  publishedOn: null,
  authors: [],
  meetings: [],
  people: [],
  organizations: [],
  directives: [],
  ...over,
});
const meeting = (title: string) => ({ title, date: null, period: null, organizers: [], place: null, participants: [], cites: [] });

describe('evalSet', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'evalset-'));
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'gold'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const put = (name: string, text: string) => writeFileSync(join(dir, 'articles', name), text);
  const answer = (d: ContractDocument) => writeFileSync(join(dir, 'gold', d.source.replace('.txt', '.json')), JSON.stringify(d));

  it('scores every answered article with the given extractor and adds the counts up', () => {
    put('a.txt', 'Hội nghị A');
    put('b.txt', 'Tin B');
    answer(doc('a.txt', { meetings: [meeting('Hội nghị A')], authors: ['Lan'] }));
    answer(doc('b.txt', { authors: ['Minh'] }));
    // An extractor that reads the text's first word as a meeting title and no authors.
    const seen: string[] = [];
    const r = evalSet({
      name: 't',
      articlesDir: join(dir, 'articles'),
      goldDir: join(dir, 'gold'),
      extract: (file, bytes) => {
        seen.push(file);
        const text = bytes.toString('utf8');
        return doc(file, { meetings: text.startsWith('Hội nghị') ? [meeting(text)] : [meeting('Tin')] });
      },
    });
    expect(seen).toEqual(['a.txt', 'b.txt']);
    expect(r.totals.meetings).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(r.totals.authors).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(r.noMeeting).toEqual({ articles: 1, withExtractedMeeting: ['b.txt'] });
    expect(formatResult(r)).toMatch(/articles reporting no meeting: 1, with a meeting extracted: 1 \(b\.txt\)/);
  });

  it('reports answers without their article and, when asked, articles without an answer', () => {
    put('a.txt', 'x');
    put('c.txt', 'y');
    answer(doc('a.txt'));
    answer(doc('gone.txt'));
    const r = evalSet({ name: 't', articlesDir: join(dir, 'articles'), goldDir: join(dir, 'gold'), extract: (f) => doc(f), listUnanswered: true });
    expect(r.articles.map((a) => a.source)).toEqual(['a.txt']);
    expect(r.missingArticles).toEqual(['gone.txt']);
    expect(r.unanswered).toEqual(['c.txt']);
    expect(formatResult(r)).toMatch(/answer for gone\.txt, but no such article/);
  });

  it('refuses an answer file that does not have the contract shape, naming it', () => {
    put('a.txt', 'x');
    writeFileSync(join(dir, 'gold', 'a.json'), JSON.stringify({ ...doc('a.txt'), meetings: [{ ...meeting('H'), cites: ['CT-1-TW'] }] }));
    expect(() => evalSet({ name: 't', articlesDir: join(dir, 'articles'), goldDir: join(dir, 'gold'), extract: (f) => doc(f) })).toThrow(
      /a\.json[\s\S]*cites CT-1-TW/,
    );
  });
});
