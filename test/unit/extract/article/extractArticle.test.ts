import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';

// An article of the genre, written for this test.
const ARTICLE = [
  'Your Website Title',
  'Lục Ngạn: Hội nghị giao ban công tác dân vận quý III năm 2022',
  '09:40 21/10/2022',
  'Chiều 20/10, Khối Dân vận huyện Lục Ngạn tổ chức Hội nghị giao ban công tác dân vận quý III năm 2022. Dự và chỉ đạo hội nghị có đồng chí Ngô Thị Thanh – Phó Bí thư Thường trực Huyện ủy; đồng chí Hoàng Văn Tiến – Trưởng Ban Dân Vận chủ trì hội nghị.',
  'Quang cảnh hội nghị',
  'Quý III, các cơ quan trong khối dân vận đã tham mưu Ban Thường vụ Huyện ủy triển khai Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư. UBND huyện đã chỉ đạo các xã thực hiện tốt quy chế dân chủ.',
  'Phát biểu kết luận hội nghị, đồng chí Ngô Thị Thanh đề nghị Ban Dân vận Huyện ủy tiếp tục phối hợp với các cơ quan.',
  'Thu Huyền – Văn Khoa (Trung tâm Văn hóa huyện)',
  'Tin khác cùng chủ đề',
  'Thành ủy Bắc Giang tổ chức Hội nghị tổng kết năm 2021',
  'Đang truy cập: 52',
].join('\n');

describe('extractArticle', () => {
  const x = extractArticle('t.txt', ARTICLE);
  const c = toContract(x);

  it('reads headline, date line and by-line', () => {
    expect(c.title).toBe('Lục Ngạn: Hội nghị giao ban công tác dân vận quý III năm 2022');
    expect(c.publishedOn).toBe('2022-10-21');
    expect(c.authors).toEqual(['Thu Huyền', 'Văn Khoa']);
  });

  it('reads the reported meeting only, not the related-news headline', () => {
    expect(c.meetings).toEqual([
      {
        title: 'Hội nghị giao ban công tác dân vận quý III năm 2022',
        date: '2022-10-20',
        period: { year: 2022, part: 'Q3' },
        organizers: ['Khối Dân vận huyện'],
        place: 'Lục Ngạn',
        participants: [
          { name: 'Ngô Thị Thanh', role: 'directed' },
          { name: 'Hoàng Văn Tiến', role: 'chair' },
          { name: 'Ngô Thị Thanh', role: 'concluded' },
          // A written "phát biểu kết luận" is concluded and spoke (test/gold-local/README.md, genre-dev 113).
          { name: 'Ngô Thị Thanh', role: 'spoke' },
        ],
        cites: ['KL-43-TW'],
      },
    ]);
  });

  it('reads people with positions, completing a bare "Trưởng Ban Dân Vận"', () => {
    expect(c.people).toEqual([
      { name: 'Ngô Thị Thanh', positions: ['Phó Bí thư Thường trực Huyện ủy'] },
      { name: 'Hoàng Văn Tiến', positions: ['Trưởng ban Dân vận Huyện ủy'] },
    ]);
    const pos = x.people[1]?.positions[0];
    expect(pos).toMatchObject({ title: 'Trưởng ban', organization: 'Ban Dân vận Huyện ủy' });
  });

  it('reads bodies with the place of their level, national ones scoped national', () => {
    expect(c.organizations).toEqual(
      expect.arrayContaining([
        { name: 'Khối Dân vận huyện', place: 'Lục Ngạn' },
        { name: 'Huyện ủy', place: 'Lục Ngạn' },
        { name: 'Ban Thường vụ Huyện ủy', place: 'Lục Ngạn' },
        { name: 'UBND huyện', place: 'Lục Ngạn' },
        { name: 'Ban Dân vận Huyện ủy', place: 'Lục Ngạn' },
        { name: 'Ban Bí thư', place: null },
      ]),
    );
    expect(c.organizations.map((o) => o.name)).not.toContain('Thành ủy');
    expect(c.organizations.map((o) => o.name)).not.toContain('Trung tâm Văn hóa huyện');
    expect(x.organizations.find((o) => o.name === 'Ban Bí thư')?.scope).toBe('national');
  });

  it('points every evidence into the cleaned text, inside its sentence', () => {
    expect(x.text).not.toContain('Your Website Title');
    expect(x.text).not.toContain('Đang truy cập');
    const evidences = [
      ...x.meetings.flatMap((m) => [m.evidence, ...m.participants.map((p) => p.evidence), ...m.citations.map((q) => q.evidence)]),
      ...x.people.flatMap((p) => [p.evidence, ...p.positions.map((q) => q.evidence)]),
      ...x.organizations.map((o) => o.evidence),
    ];
    for (const e of evidences) {
      expect(e.end).toBeGreaterThan(e.start);
      expect(e.sentence).toContain(x.text.slice(e.start, e.end).split('\n')[0]);
    }
    const p = x.people[0]!;
    expect(x.text.slice(p.evidence.start, p.evidence.end)).toBe('Ngô Thị Thanh');
  });

  it('is pure: same input, same output', () => {
    expect(toContract(extractArticle('t.txt', ARTICLE))).toEqual(c);
  });
});

describe('extractArticle: offices alone, short forms, district-level rooms', () => {
  const text = [
    'Thị ủy giao ban công tác dân vận',
    'Chiều 28/9, Ban Dân vận Thị ủy Kỳ Anh tổ chức hội nghị giao ban công tác dân vận quý III.',
    'Đồng chí Lê Thu Trang - Ủy viên BTV, Trưởng ban Dân vận Thị ủy phát biểu tại hội nghị.',
    'Phòng Nội vụ, Trung tâm Y tế thị xã báo cáo kết quả.',
    'Kết luận hội nghị, đồng chí Trưởng ban Dân vận Thị ủy đề nghị các ngành tiếp tục phối hợp.',
  ].join('\n');
  const c = toContract(extractArticle('k.txt', text));

  // Hard cases P2/O8: an abbreviated committee part is kept as written.
  it('keeps "BTV" as written and lends it the committee of the next position', () => {
    expect(c.people).toEqual([{ name: 'Lê Thu Trang', positions: ['Ủy viên BTV Thị ủy', 'Trưởng ban Dân vận Thị ủy'] }]);
  });
  it('gives a role named by office alone to the one person holding that office', () => {
    expect(c.meetings[0]?.participants).toEqual([
      { name: 'Lê Thu Trang', role: 'spoke' },
      { name: 'Lê Thu Trang', role: 'concluded' },
    ]);
  });
  it('places a "Phòng" at the organizer\'s level', () => {
    expect(c.organizations).toEqual(
      expect.arrayContaining([
        { name: 'Phòng Nội vụ', place: 'Kỳ Anh' },
        { name: 'BTV Thị ủy', place: 'Kỳ Anh' },
      ]),
    );
  });
});

describe('extractArticle: bodies inside a named resolution', () => {
  it('are not bodies of the report; issuers of numbered documents are', () => {
    const text =
      'Ngày 5/4, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII và Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.';
    const names = toContract(extractArticle('r.txt', text)).organizations.map((o) => o.name);
    expect(names).toContain('Bộ Chính trị');
    expect(names).not.toContain('Ban Chấp hành Trung ương Đảng');
  });
});

describe('extractArticle: another unit of the same level named in passing', () => {
  it("keeps the organizer's place for its level", () => {
    const text = 'Ngày 9/5, Ban Dân vận Huyện ủy Lục Nam tổ chức hội nghị giao ban. Các đại biểu học tập mô hình của huyện Yên Dũng. UBND huyện báo cáo.';
    const orgs = toContract(extractArticle('p.txt', text)).organizations;
    expect(orgs).toEqual(expect.arrayContaining([{ name: 'UBND huyện', place: 'Lục Nam' }]));
  });
});
