// Seventh accuracy round: classes of writing found on fresh genre-dev answers (national
// reports). Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const rolesOf = (doc: ContractDocument, name: string): string[] => (doc.meetings[0]?.participants ?? []).filter((p) => p.name === name).map((p) => p.role);

describe('whom a person acts for stands between them and their cue', () => {
  it('"thay mặt <body>" before the verb keeps the verb the person’s', () => {
    const doc = read(
      'Hội nghị Tỉnh ủy bàn về kinh tế tư nhân',
      'Ngày 12/4/2019, Ban Chấp hành Đảng bộ tỉnh Lai Châu tổ chức Hội nghị lần thứ 20 bàn về phát triển kinh tế tư nhân.',
      'Ông Lò Văn Hoàn, Phó Bí thư Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy chủ trì hội nghị.',
    );
    expect(rolesOf(doc, 'Lò Văn Hoàn')).toContain('chair');
  });
  it('with a longer body and a comma after the person it still does', () => {
    const doc = read(
      'Phiên họp của Ủy ban nhân dân tỉnh',
      'Chiều 3/10/2020, Ủy ban nhân dân tỉnh Điện Biên tổ chức phiên họp thường kỳ tháng 9.',
      'Bà Quàng Thị Mai, Chủ tịch UBND tỉnh, thay mặt Ban cán sự Đảng UBND tỉnh điều hành phiên họp.',
    );
    expect(rolesOf(doc, 'Quàng Thị Mai')).toContain('chair');
  });
  it('"thay mặt" with no cue after it gives no role', () => {
    const doc = read(
      'Hội nghị Tỉnh ủy bàn về kinh tế tư nhân',
      'Ngày 12/4/2019, Ban Chấp hành Đảng bộ tỉnh Lai Châu tổ chức Hội nghị lần thứ 20 bàn về phát triển kinh tế tư nhân.',
      'Ông Lò Văn Hoàn, Phó Bí thư Tỉnh ủy, thay mặt Ban Thường vụ Tỉnh ủy tặng hoa các đại biểu.',
    );
    expect(rolesOf(doc, 'Lò Văn Hoàn')).not.toContain('chair');
  });
});

describe('a written symbol names its kind', () => {
  const keys = (...lines: string[]): string[] => read(...lines).directives.map((d) => d.key);
  it('a kind word that never carries the symbol’s code gives way to the symbol', () => {
    expect(keys('Quán triệt', 'Sáng 4/6/2019, Tỉnh ủy Lai Châu quán triệt Thông báo kết luật số 27-TB/TW của Ban Bí thư về công tác dân vận.')).toEqual([
      'TB-27-TW',
    ]);
  });
  it('a kind word whose own code the symbol carries keeps its kind', () => {
    expect(keys('Kỷ luật', 'Ban Bí thư áp dụng Quy định số 102-QĐ/TW của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm.')).toEqual(['QĐi-102-TW']);
    expect(keys('Nghị quyết', 'Tỉnh triển khai Nghị quyết số 42/NQ-CP của Chính phủ về hỗ trợ người dân.')).toEqual(['NQ-42-CP']);
  });
});

describe('reading out a document of the meeting is speaking at it', () => {
  it('"đọc tờ trình" and "đọc quyết định" after a person are spoke', () => {
    const doc = read(
      'Kỳ họp thứ 8 Hội đồng nhân dân tỉnh khóa XV',
      'Sáng 5/12/2023, Hội đồng nhân dân tỉnh Hà Giang khai mạc Kỳ họp thứ 8.',
      'Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, đọc tờ trình dự thảo nghị quyết về kế hoạch đầu tư công năm 2024.',
      'Bà Đặng Thị Hoa, Phó Chủ tịch HĐND tỉnh, đọc quyết định triệu tập kỳ họp.',
    );
    expect(rolesOf(doc, 'Trần Văn Bình')).toContain('spoke');
    expect(rolesOf(doc, 'Đặng Thị Hoa')).toContain('spoke');
  });
  it('"đọc" before anything else is no speech at the meeting', () => {
    const doc = read(
      'Kỳ họp thứ 8 Hội đồng nhân dân tỉnh khóa XV',
      'Sáng 5/12/2023, Hội đồng nhân dân tỉnh Hà Giang khai mạc Kỳ họp thứ 8.',
      'Ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, đọc kỹ các tài liệu trước kỳ họp.',
    );
    expect(rolesOf(doc, 'Trần Văn Bình')).not.toContain('spoke');
  });
});
