import type { Row } from '../../src/engine/CypherEngine.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { analystQuestions, parseParam } from '../../src/analyst/analystQuestions.js';
import { seededStore } from '../fixtures/seededStore.js';
import { sentenceOf } from '../../src/graph/evidence.js';
import { ENGINE_UNDER_TEST } from '../fixtures/testEngine.js';

// Every analyst question with the example parameters of its header (what `kg query
// NAME --example` and a Browser user paste), on the five seed articles, on the
// engine under test. The answers are those of the hand-checked seed answers
// (test/gold/): who chaired what, which meeting cites which directive.

let store: GraphStore;
const questions = analystQuestions();
const ask = (name: string): Promise<Row[]> => {
  const q = questions.find((x) => x.name === name);
  if (!q) throw new Error(`no question ${name}`);
  return store.engine.read(`analyst/${name}`, q.examples);
};
const keys = (rows: Row[]) => rows.map((r) => r.key).sort();

const answers: Record<string, () => Promise<void>> = {
  async chairs_of_citing_meetings() {
    expect((await ask('chairs_of_citing_meetings')).map((r) => [r.name, r.meetings])).toEqual([['Lê Hữu Thọ', 1]]);
  },
  async citations_per_year() {
    expect(await ask('citations_per_year')).toEqual([{ key: 'CT-5-TW', year: 2020, meetings: 1 }]);
  },
  async co_cited_directives() {
    expect(keys(await ask('co_cited_directives'))).toEqual(['CT-11-TW', 'CT-5-TTg', 'CV-79-TW', 'KH-110-HU', 'KL-51-TW', 'NQ-29-TW']);
  },
  async directive_graph() {
    const rows = await ask('directive_graph');
    expect(rows.map((r) => [(r.meeting as Row).date, (r.organizer as Row | null)?.name, (r.place as Row | null)?.name])).toEqual([
      ['2020-09-30', 'Khối Khoa giáo huyện', 'Tịnh Biên'],
    ]);
    expect((rows[0]?.directive as Row).key).toBe('CT-5-TW');
    // CITES keeps the bounds of its sentence in the article's text, stored once on the Document.
    const cites = rows[0]?.cites as Row;
    const [doc] = await store.nodesByIds('Document', [String(cites.documentId)]);
    expect(sentenceOf(cites, doc?.text as string)).toMatch(/Chỉ thị số 05/);
  },
  async directive_evidence() {
    const rows = await ask('directive_evidence');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.source).toBe('004_845df41aaa0b93d2.txt');
      expect(r.sentence).toMatch(/Kế hoạch số 110/);
    }
  },
  async directives_by_issuer() {
    expect(keys(await ask('directives_by_issuer'))).toEqual(expect.arrayContaining(['CT-10-TW', 'CT-5-TW']));
  },
  async find_by_name() {
    expect((await ask('find_by_name')).map((r) => [r.label, r.name])).toEqual([['Person', 'Lê Hữu Thọ']]);
  },
  async implementation_chains() {
    const [chain] = await ask('implementation_chains');
    expect((chain?.chain as string[]).map((id) => id.split('@')[0])).toEqual(['KH-110-HU', 'CT-5-TW']);
  },
  async meetings_citing_directive() {
    expect((await ask('meetings_citing_directive')).map((r) => [r.place, r.year, r.meetings])).toEqual([['Tịnh Biên', 2020, 1]]);
  },
  async meetings_in_period() {
    const rows = await ask('meetings_in_period');
    expect(rows.map((r) => r.date)).toEqual(['2021-10-06']);
    expect([...(rows[0]?.cites as string[])].sort()).toEqual(['CT-10-TW', 'NQ-DH-XIII', 'NQ-DHTINH-XVIII', 'QĐ-238-TW']);
  },
  async organization_attendees() {
    expect((await ask('organization_attendees')).map((r) => [r.name, r.roles])).toEqual([
      ['Bùi Thiện Tâm', ['attended']],
      ['Trần Bá Phước', ['attended']],
    ]);
  },
  async organizations_by_meetings() {
    const rows = await ask('organizations_by_meetings');
    expect(rows.map((r) => r.name).sort()).toEqual([
      'Ban Tuyên giáo Huyện ủy',
      'Ban Tuyên giáo Thành ủy',
      'Ban Tuyên giáo Thị ủy',
      'Ban Tuyên giáo Tỉnh ủy',
      'Khối Khoa giáo huyện',
    ]);
    expect(rows.every((r) => r.meetings === 1)).toBe(true);
  },
  async person_graph() {
    const rows = await ask('person_graph');
    expect(new Set(rows.map((r) => (r.participated as Row).role))).toEqual(new Set(['chair', 'concluded']));
    expect(new Set(rows.map((r) => (r.organization as Row).name))).toEqual(new Set(['Ban Tuyên giáo Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy']));
    expect(rows.every((r) => (r.meeting as Row).date === '2021-10-06')).toBe(true);
  },
  async person_profile() {
    const [p] = await ask('person_profile');
    expect(p?.name).toBe('Lê Hữu Thọ');
    expect((p?.meetings as Row[]).map((m) => m.role).sort()).toEqual(['chair', 'concluded']);
  },
};

describe(`analyst questions with their header examples, on the seeds (${ENGINE_UNDER_TEST})`, () => {
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it('has an example for every parameter of every question, and an answer for every question', () => {
    for (const q of questions) expect({ q: q.name, missing: q.params.filter((p) => !(p in q.examples)) }).toEqual({ q: q.name, missing: [] });
    expect(Object.keys(answers).sort()).toEqual(questions.map((q) => q.name));
  });

  it.each(Object.keys(answers))('%s', (name) => answers[name]!());
});

describe('kg query --param', () => {
  it('reads a value as a Cypher literal where it is one, else as the string written', () => {
    expect(parseParam('limit=20')).toEqual(['limit', 20]);
    expect(parseParam("key='CT-5-TW'")).toEqual(['key', 'CT-5-TW']);
    expect(parseParam('key=CT-5-TW')).toEqual(['key', 'CT-5-TW']);
    expect(parseParam('from=2021-01-01')).toEqual(['from', '2021-01-01']);
    expect(parseParam('place=null')).toEqual(['place', null]);
    expect(() => parseParam('nokey')).toThrow(/key=value/);
  });
});
