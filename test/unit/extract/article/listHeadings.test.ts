// People and roles as reports write them around a list of attendees: an office heading the list,
// an office that is named after a national body, a proposal made at the meeting. Sentences
// written for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const HEAD = 'Hội nghị triển khai công tác cán bộ';
const read = (...body: string[]): ContractDocument => toContract(extractArticle('heading.txt', [HEAD, ...body].join('\n')));
const positionsOf = (c: ContractDocument, name: string): string[] => c.people.find((p) => p.name === name)?.positions ?? [];
const rolesOf = (c: ContractDocument, name: string): string[] => (c.meetings[0]?.participants ?? []).filter((p) => p.name === name).map((p) => p.role);

describe('an office in the plural before a colon heads the list after it', () => {
  it('every person of the list holds it, not the first only', () => {
    const c = read(
      'Sáng 4/3, Tỉnh ủy Hà Giang tổ chức hội nghị. Dự có các Ủy viên Ban Thường vụ Tỉnh ủy: Trưởng ban Dân vận Tỉnh ủy Lò Văn Tám, Chủ tịch Ủy ban MTTQ tỉnh Hà Thị Sen, Giám đốc Sở Nội vụ Vi Văn Lực.',
    );
    for (const name of ['Lò Văn Tám', 'Hà Thị Sen', 'Vi Văn Lực']) expect(positionsOf(c, name)).toContain('Ủy viên Ban Thường vụ Tỉnh ủy');
    expect(positionsOf(c, 'Hà Thị Sen')).toContain('Chủ tịch Ủy ban MTTQ tỉnh');
  });

  it('the list ends where its persons end', () => {
    const c = read(
      'Sáng 4/3, Tỉnh ủy Hà Giang tổ chức hội nghị. Dự có các Ủy viên Trung ương Đảng: Bí thư Tỉnh ủy Lò Văn Tám, Bộ trưởng Bộ Nội vụ Hà Thị Sen, đại diện các sở. Giám đốc Sở Y tế Vi Văn Lực báo cáo.',
    );
    expect(positionsOf(c, 'Hà Thị Sen')).toContain('Ủy viên Trung ương Đảng');
    expect(positionsOf(c, 'Vi Văn Lực')).toEqual(['Giám đốc Sở Y tế']);
  });

  it('without the plural a colon after an office heads no list', () => {
    const c = read('Sáng 4/3, Tỉnh ủy Hà Giang tổ chức hội nghị. Bí thư Tỉnh ủy Lò Văn Tám, Bộ trưởng Bộ Nội vụ Hà Thị Sen dự.');
    expect(positionsOf(c, 'Hà Thị Sen')).toEqual(['Bộ trưởng Bộ Nội vụ']);
  });
});

describe('an office named after a national body', () => {
  it('"Thường trực Ban Bí thư" is one office, not the "Bí thư" inside it', () => {
    const c = read('Ngày 6/2, Thường trực Ban Bí thư Lê Minh Hải đã ký quyết định chỉ định ông Vi Văn Lực.');
    expect(positionsOf(c, 'Lê Minh Hải')).toEqual(['Thường trực Ban Bí thư']);
    expect(c.organizations.map((o) => o.name)).toContain('Ban Bí thư');
  });

  it('the body is read as written after the office word', () => {
    const c = read('Ngày 6/2, Thường trực Ban Bí thư Trung ương Đảng Lê Minh Hải đã ký quyết định.');
    expect(positionsOf(c, 'Lê Minh Hải')).toEqual(['Thường trực Ban Bí thư Trung ương Đảng']);
  });
});

describe('a proposal made at the meeting is speech', () => {
  it('"A đã đề xuất với Bộ …" → spoke', () => {
    const c = read(
      'Sáng 3/4, UBND tỉnh Sơn La tổ chức hội nghị về giải phóng mặt bằng.',
      'Tại hội nghị, Phó Chủ tịch UBND tỉnh Lò Văn Tám đã đề xuất với Bộ Xây dựng một số cơ chế đặc thù.',
    );
    expect(rolesOf(c, 'Lò Văn Tám')).toContain('spoke');
  });

  it("after a numeral or a plural marker the word is a noun, no one's speech", () => {
    const c = read(
      'Sáng 3/4, UBND tỉnh Sơn La tổ chức hội nghị về giải phóng mặt bằng.',
      'Dự hội nghị có Phó Chủ tịch UBND tỉnh Lò Văn Tám Ngành xây dựng tỉnh đưa ra 11 đề xuất tháo gỡ khó khăn.',
      'Bí thư Huyện ủy Vi Văn Lực Những ý kiến đề xuất của cử tri đã được tiếp thu.',
    );
    const roles = (c.meetings[0]?.participants ?? []).filter((p) => p.role === 'spoke').map((p) => p.name);
    expect(roles).toEqual([]);
    expect(c.people.map((p) => p.name)).toContain('Vi Văn Lực');
  });

  it('the number of a unit before the verb is no count', () => {
    const c = read('Sáng 3/4, UBND quận 2 tổ chức hội nghị.', 'Tại hội nghị, ông Lò Văn Tám - Trưởng Công an quận 2 cho biết lực lượng đã được tăng cường.');
    expect(rolesOf(c, 'Lò Văn Tám')).toContain('spoke');
  });

  it('"Các" before a comma may end a name', () => {
    const c = read('Theo ông Vũ Quang Các, Vụ trưởng Vụ Quản lý quy hoạch, luật mới sẽ khắc phục chồng chéo.');
    expect(c.people.map((p) => p.name)).toContain('Vũ Quang Các');
  });
});
