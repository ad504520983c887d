import { QueryCatalog } from '../../src/engine/QueryCatalog.js';
import type { Params, Row } from '../../src/engine/CypherEngine.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { documentId } from '../../src/graph/ids.js';
import { sentenceOf } from '../../src/graph/evidence.js';
import { anGiang, caMau, caiNuoc, ministry, tinhBien } from '../fixtures/analystGraph.js';

// Every ready question in cypher/analyst/, with its answer over the fixture
// graph (test/fixtures/analystGraph.ts). Called once per engine
// (test/analyst/*.test.ts) with a factory for a store holding that graph.

const meeting = (x: { text: string }, n = 0) => `${documentId(x.text)}/m${n}`;

let store: GraphStore;
const ask = (name: string, params: Params): Promise<Row[]> => store.engine.read(`analyst/${name}`, params);

/** One case per analyst query: the parameters an analyst would set and what must come back. */
const cases: Record<string, () => Promise<void>> = {
  async meetings_citing_directive() {
    expect(await ask('meetings_citing_directive', { key: 'CT-5-TW' })).toEqual([
      { directive: 'CT-5-TW@1997', place: '(không rõ)', year: 1998, meetings: 1, titles: ['Hội nghị quán triệt'] },
      { directive: 'CT-5-TW@2016', place: 'An Giang', year: 2021, meetings: 1, titles: ['Hội nghị Ban Chấp hành Đảng bộ tỉnh'] },
      { directive: 'CT-5-TW@2016', place: 'Cà Mau', year: 2021, meetings: 1, titles: ['Hội nghị quán triệt Kế hoạch số 30-KH/TU'] },
      { directive: 'CT-5-TW@2016', place: 'Tịnh Biên', year: 2020, meetings: 1, titles: ['Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05'] },
    ]);
    const nq = await ask('meetings_citing_directive', { key: 'NQ-29-TW' });
    expect(nq.map((r) => [r.place, r.year, r.meetings])).toEqual([
      ['An Giang', 2021, 1],
      ['Hà Nội', 2022, 2],
    ]);
    expect(nq[1]?.titles).toEqual(['Hội nghị tổng kết năm học', 'Hội nghị triển khai nhiệm vụ năm học mới']);
    expect(await ask('meetings_citing_directive', { key: 'NONE' })).toEqual([]);
  },

  async chairs_of_citing_meetings() {
    expect(await ask('chairs_of_citing_meetings', { key: 'NQ-29-TW' })).toEqual([
      { person: 'person:le-huu-tho@an-giang', name: 'Lê Hữu Thọ', meetings: 1, titles: ['Hội nghị Ban Chấp hành Đảng bộ tỉnh'] },
      // Nguyễn Kim Sơn chaired the first Ministry meeting and only concluded the second.
      { person: 'person:nguyen-kim-son@ha-noi', name: 'Nguyễn Kim Sơn', meetings: 1, titles: ['Hội nghị tổng kết năm học'] },
    ]);
    const ct = await ask('chairs_of_citing_meetings', { key: 'CT-5-TW' });
    expect(ct.map((r) => r.name)).toEqual(['Lê Hữu Thọ', 'Nguyễn Văn An', 'Phạm Minh Đức']);
  },

  async co_cited_directives() {
    expect(await ask('co_cited_directives', { key: 'CT-5-TW' })).toEqual([
      { directive: 'KH-12-HU~tinh-bien', key: 'KH-12-HU', kind: 'Kế hoạch', symbol: '12-KH/HU', meetings: 1 },
      { directive: 'KH-30-TU~ca-mau', key: 'KH-30-TU', kind: 'Kế hoạch', symbol: '30-KH/TU', meetings: 1 },
      { directive: 'NQ-29-TW@XI', key: 'NQ-29-TW', kind: 'Nghị quyết', symbol: '29-NQ/TW', meetings: 1 },
    ]);
    expect((await ask('co_cited_directives', { key: 'NQ-29-TW' })).map((r) => r.directive)).toEqual(['CT-5-TW@2016']);
  },

  async implementation_chains() {
    expect(await ask('implementation_chains', { key: 'CT-5-TW' })).toEqual([
      { chain: ['KH-45-HU~cai-nuoc', 'KH-30-TU~ca-mau', 'CT-5-TW@2016'], steps: 2, issuers: ['Huyện ủy', 'Ban Thường vụ Tỉnh ủy', 'Bộ Chính trị'] },
      { chain: ['KH-12-HU~tinh-bien', 'CT-5-TW@2016'], steps: 1, issuers: ['Ban Thường vụ Huyện ủy', 'Bộ Chính trị'] },
      { chain: ['KH-30-TU~ca-mau', 'CT-5-TW@2016'], steps: 1, issuers: ['Ban Thường vụ Tỉnh ủy', 'Bộ Chính trị'] },
    ]);
    expect(await ask('implementation_chains', { key: 'KH-45-HU' })).toEqual([]);
  },

  async organizations_by_meetings() {
    const rows = await ask('organizations_by_meetings', { limit: 3 });
    expect(rows).toEqual([
      { organization: 'org:bo-giao-duc-va-dao-tao', name: 'Bộ Giáo dục và Đào tạo', place: null, meetings: 2 },
      { organization: 'org:ban-tuyen-giao-tinh-uy@ca-mau', name: 'Ban Tuyên giáo Tỉnh ủy', place: 'Cà Mau', meetings: 1 },
      { organization: 'org:huyen-uy@cai-nuoc', name: 'Huyện ủy', place: 'Cái Nước', meetings: 1 },
    ]);
    const all = await ask('organizations_by_meetings', { limit: 100 });
    // Seven meetings, each organized by one body; the 1998 Tỉnh ủy has no place, so it stays in its article.
    expect(all.reduce((n, r) => n + Number(r.meetings), 0)).toBe(7);
    expect(all).toHaveLength(6);
  },

  async directive_graph() {
    const rows = await ask('directive_graph', { key: 'KH-30-TU' });
    expect(rows.map((r) => [(r.directive as Row).id, (r.meeting as Row).id, (r.organizer as Row).name, (r.place as Row).name])).toEqual(
      [
        // Cà Mau's own meeting, and Cái Nước's, whose plan carries out KH-30-TU; in meeting id order.
        ['KH-30-TU~ca-mau', meeting(caMau()), 'Ban Tuyên giáo Tỉnh ủy', 'Cà Mau'],
        ['KH-30-TU~ca-mau', meeting(caiNuoc()), 'Huyện ủy', 'Cái Nước'],
      ].sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
    // The sentence is stored once, in the article's text; CITES keeps its bounds there.
    const cites = rows[0]?.cites as Row;
    const text = [caMau(), caiNuoc()].find((x) => documentId(x.text) === cites.documentId)?.text;
    expect(sentenceOf(cites, text)).toContain('Kế hoạch số 30-KH/TU');
    expect(await ask('directive_graph', { key: 'NONE' })).toEqual([]);
  },

  async person_graph() {
    const rows = await ask('person_graph', { name: 'Phạm Minh Đức' });
    expect(rows.map((r) => [(r.participated as Row).role, (r.meeting as Row).id, (r.holds as Row).position, (r.organization as Row).name])).toEqual([
      ['chair', meeting(caMau()), 'Trưởng ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy'],
    ]);
  },

  async person_profile() {
    const [an, ...more] = await ask('person_profile', { name: 'Nguyễn Văn An' });
    expect(more).toEqual([]);
    expect(an).toEqual({
      person: 'person:nguyen-van-an@tinh-bien',
      name: 'Nguyễn Văn An',
      // Read in two articles, listed once.
      positions: [{ title: 'Bí thư', position: 'Bí thư Huyện ủy', organization: 'Huyện ủy', place: 'Tịnh Biên' }],
      meetings: [
        { date: '2020-09-30', title: 'Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05', role: 'chair', meeting: meeting(tinhBien()) },
        { date: '2021-03-15', title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh', role: 'attended', meeting: meeting(anGiang()) },
      ],
    });
    const [son] = await ask('person_profile', { name: 'Nguyễn Kim Sơn' });
    expect((son?.meetings as Row[]).map((m) => [m.meeting, m.role])).toEqual([
      [meeting(ministry(), 0), 'chair'],
      [meeting(ministry(), 1), 'concluded'],
    ]);
    expect(await ask('person_profile', { name: 'Không Có Ai' })).toEqual([]);
  },

  async citations_per_year() {
    expect(await ask('citations_per_year', { key: 'CT-5-TW' })).toEqual([
      { key: 'CT-5-TW', year: 1998, meetings: 1 },
      { key: 'CT-5-TW', year: 2020, meetings: 1 },
      { key: 'CT-5-TW', year: 2021, meetings: 2 },
    ]);
    const all = await ask('citations_per_year', { key: null });
    expect(all.map((r) => `${String(r.key)} ${String(r.year)} ${String(r.meetings)}`)).toEqual([
      'CT-5-TW 1998 1',
      'CT-5-TW 2020 1',
      'CT-5-TW 2021 2',
      'KH-12-HU 2020 1',
      'KH-30-TU 2021 1',
      'KH-30-TU 2022 1',
      'KH-45-HU 2022 1',
      'NQ-29-TW 2021 1',
      'NQ-29-TW 2022 2',
    ]);
  },

  async meetings_in_period() {
    const rows = await ask('meetings_in_period', { from: '2021-01-01', to: '2021-12-31' });
    expect(rows.map((r) => ({ ...r, cites: [...(r.cites as string[])].sort() }))).toEqual([
      {
        meeting: meeting(anGiang()),
        date: '2021-03-15',
        title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh',
        place: 'An Giang',
        organizers: ['Tỉnh ủy'],
        cites: ['CT-5-TW', 'NQ-29-TW'],
      },
      {
        meeting: meeting(caMau()),
        date: '2021-06-10',
        title: 'Hội nghị quán triệt Kế hoạch số 30-KH/TU',
        place: 'Cà Mau',
        organizers: ['Ban Tuyên giáo Tỉnh ủy'],
        cites: ['CT-5-TW', 'KH-30-TU'],
      },
    ]);
    // Both ends are included.
    const edges = await ask('meetings_in_period', { from: '2022-02-20', to: '2022-08-05' });
    expect(edges.map((r) => r.meeting)).toEqual([meeting(caiNuoc()), meeting(ministry(), 0)]);
  },

  async directive_evidence() {
    const rows = await ask('directive_evidence', { key: 'KH-30-TU' });
    expect(rows.map((r) => [r.source, r.sentence])).toEqual([
      ['ca-mau.txt', 'hội nghị quán triệt Kế hoạch số 30-KH/TU'],
      ['cai-nuoc.txt', 'Kế hoạch số 30-KH/TU của Ban Thường vụ Tỉnh ủy'],
    ]);
    // The offsets point at the sentence in the article's text.
    const texts: Record<string, string> = { 'ca-mau.txt': caMau().text, 'cai-nuoc.txt': caiNuoc().text };
    for (const r of rows) expect(texts[String(r.source)]?.slice(Number(r.start), Number(r.end))).toBe(r.sentence);
  },

  async organization_attendees() {
    expect(await ask('organization_attendees', { name: 'Tỉnh ủy', place: 'An Giang' })).toEqual([
      { person: 'person:le-huu-tho@an-giang', name: 'Lê Hữu Thọ', roles: ['chair'], meetings: 1 },
      { person: 'person:nguyen-van-an@tinh-bien', name: 'Nguyễn Văn An', roles: ['attended'], meetings: 1 },
    ]);
    // Every Huyện ủy at once when no place is given.
    const all = await ask('organization_attendees', { name: 'Huyện ủy', place: null });
    expect(all.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Cúc', 'Võ Thị Hồng']);
    const [son] = await ask('organization_attendees', { name: 'Bộ Giáo dục và Đào tạo', place: null });
    expect(son).toMatchObject({ name: 'Nguyễn Kim Sơn', roles: ['chair', 'concluded'], meetings: 2 });
  },

  async directives_by_issuer() {
    expect(await ask('directives_by_issuer', { name: 'Bộ Chính trị' })).toEqual([
      { directive: 'CT-5-TW@1997', key: 'CT-5-TW', symbol: '05-CT/TW', issuedOn: '1997-12-10', subject: null, citedBy: 1 },
      {
        directive: 'CT-5-TW@2016',
        key: 'CT-5-TW',
        symbol: '05-CT/TW',
        issuedOn: '2016-05-15',
        subject: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
        citedBy: 3,
      },
    ]);
  },

  async find_by_name() {
    expect(await ask('find_by_name', { text: 'huu tho' })).toEqual([{ label: 'Person', id: 'person:le-huu-tho@an-giang', name: 'Lê Hữu Thọ' }]);
    const ct = await ask('find_by_name', { text: 'chi thi 05' });
    expect(ct.map((r) => [r.label, r.id])).toEqual([
      ['Directive', 'CT-5-TW@1997'],
      ['Directive', 'CT-5-TW@2016'],
      ['Meeting', meeting(tinhBien())],
    ]);
    // Đ folds to d.
    expect((await ask('find_by_name', { text: 'pham minh duc' })).map((r) => r.name)).toEqual(['Phạm Minh Đức']);
  },
};

export function runAnalystQuestions(engineName: string, makeStore: () => Promise<GraphStore>): void {
  describe(`analyst questions (cypher/analyst/) on ${engineName}`, () => {
    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      await store.close();
    });

    it('has an asserted case for every file in cypher/analyst/, and at least ten', () => {
      const names = new QueryCatalog(store.engine.name)
        .names()
        .filter((n) => n.startsWith('analyst/'))
        .map((n) => n.slice('analyst/'.length));
      expect(names.sort()).toEqual(Object.keys(cases).sort());
      expect(names.length).toBeGreaterThanOrEqual(10);
    });

    for (const [name, run] of Object.entries(cases)) it(name, run);
  });
}
