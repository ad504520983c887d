// Grassroots Party and Youth Union units, and committees of mass organisations, after an office
// (grassroots.ts). Every sentence is invented for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const positionsOf = (doc: ContractDocument, name: string): string[] => doc.people.find((p) => p.name === name)?.positions ?? [];
const orgNames = (doc: ContractDocument): string[] => doc.organizations.map((o) => o.name);

describe('a grassroots unit named by the unit it is set up in', () => {
  it('"Bí thư Chi đoàn Trung tâm Y tế huyện", "Bí thư Đoàn cơ sở Trường THPT Tân Lập": office and body', () => {
    const doc = read(
      'Đại hội Chi đoàn',
      'Sáng 5/6/2019, đồng chí Lê Văn Tâm, Bí thư Chi đoàn Trung tâm Y tế huyện báo cáo tại đại hội. Đồng chí Hà Văn Minh, Bí thư Đoàn cơ sở Trường THPT Tân Lập phát biểu.',
    );
    expect(positionsOf(doc, 'Lê Văn Tâm')).toEqual(['Bí thư Chi đoàn Trung tâm Y tế huyện']);
    expect(positionsOf(doc, 'Hà Văn Minh')).toEqual(['Bí thư Đoàn cơ sở Trường THPT Tân Lập']);
    expect(orgNames(doc)).toEqual(expect.arrayContaining(['Chi đoàn Trung tâm Y tế huyện', 'Đoàn cơ sở Trường THPT Tân Lập']));
  });
  it('"Ủy viên Ban Chấp hành Đoàn khối các cơ quan Trung ương": the bloc of the central bodies', () => {
    const doc = read('Tin', 'Đồng chí Trần Văn Lộc, Ủy viên Ban Chấp hành Đoàn khối các cơ quan Trung ương phát biểu.');
    expect(positionsOf(doc, 'Trần Văn Lộc')).toEqual(['Ủy viên Ban Chấp hành Đoàn khối các cơ quan Trung ương']);
    expect(orgNames(doc)).toContain('Ban Chấp hành Đoàn khối các cơ quan Trung ương');
  });
  it('a residential unit: "Bí thư Chi bộ thôn Đông", "Chi bộ khu phố 3"', () => {
    expect(positionsOf(read('Tin', 'Đồng chí Hà Văn Minh, Bí thư Chi bộ thôn Đông phát biểu.'), 'Hà Văn Minh')).toEqual(['Bí thư Chi bộ thôn Đông']);
    expect(positionsOf(read('Tin', 'Đồng chí Hà Văn Minh, Bí thư Chi bộ khu phố 3 phát biểu.'), 'Hà Văn Minh')).toEqual(['Bí thư Chi bộ khu phố 3']);
  });
  it('a short name the report defines stops at the next office: "Bí thư Chi đoàn Trung tâm, Giám đốc Sở Y tế"', () => {
    const doc = read('Tin', 'Đồng chí Hà Văn Minh, Bí thư Chi đoàn Trung tâm, Giám đốc Sở Y tế phát biểu.');
    expect(positionsOf(doc, 'Hà Văn Minh')).toEqual(['Bí thư Chi đoàn Trung tâm', 'Giám đốc Sở Y tế']);
  });
});

describe('a committee of a mass organisation', () => {
  it('"Ủy viên Ban Thường vụ Đoàn Thanh niên Bộ Xây dựng", "Ủy viên Ban Chấp hành Hội Nông dân tỉnh X"', () => {
    const doc = read('Tin', 'Đồng chí Hoàng Lê Anh - Ủy viên Ban Thường vụ Đoàn Thanh niên Bộ Xây dựng phát biểu.');
    expect(positionsOf(doc, 'Hoàng Lê Anh')).toEqual(['Ủy viên Ban Thường vụ Đoàn Thanh niên Bộ Xây dựng']);
    const farmers = read('Tin', 'Đồng chí Lê Văn Tâm, Ủy viên Ban Chấp hành Hội Nông dân tỉnh Nam Định phát biểu.');
    expect(positionsOf(farmers, 'Lê Văn Tâm')).toEqual(['Ủy viên Ban Chấp hành Hội Nông dân tỉnh']);
    expect(farmers.organizations).toContainEqual({ name: 'Ban Chấp hành Hội Nông dân tỉnh', place: 'Nam Định' });
  });
  it('a Party committee’s part is read as before: "Ủy viên Ban Thường vụ Huyện ủy"', () => {
    expect(positionsOf(read('Tin', 'Đồng chí Lê Văn Tâm, Ủy viên Ban Thường vụ Huyện ủy phát biểu.'), 'Lê Văn Tâm')).toEqual([
      'Ủy viên Ban Thường vụ Huyện ủy',
    ]);
  });
});

describe('where the host’s name stops', () => {
  it('at the holder’s name written after the office: "Bí thư Chi bộ xóm Kim Cương Lâm Văn Tâm"', () => {
    const doc = read('Tin', 'Theo Bí thư Chi bộ xóm Kim Cương Lâm Văn Tâm, tình trạng sụt lún đã xuất hiện.');
    expect(positionsOf(doc, 'Lâm Văn Tâm')).toEqual(['Bí thư Chi bộ xóm Kim Cương']);
  });
  it('after a field written in sentence case: "Bí thư Chi bộ Tổ chức - Kế hoạch …"', () => {
    const doc = read('Tin', 'Ông Hà Văn Minh, Bí thư Chi bộ Tổ chức - Kế hoạch thuộc Đảng bộ Sở Y tế phát biểu.');
    expect(positionsOf(doc, 'Hà Văn Minh')[0]).toBe('Bí thư Chi bộ Tổ chức');
  });
});

describe('a unit written alone', () => {
  it('"Bí thư chi bộ - Giám đốc …": the office keeps the words, the unit is no body of the report', () => {
    const doc = read('Tin', 'Đồng chí Phan Văn Bảy, Bí thư chi bộ - Giám đốc Sở Xây dựng phát biểu.');
    expect(positionsOf(doc, 'Phan Văn Bảy')).toEqual(['Bí thư chi bộ', 'Giám đốc Sở Xây dựng']);
    expect(orgNames(doc)).not.toContain('chi bộ');
  });
  it('"các chi bộ" names no body and no one', () => {
    const doc = read('Tin', 'Các chi bộ trực thuộc đã họp. Bí thư các chi bộ dự.');
    expect(doc.people).toEqual([]);
    expect(orgNames(doc).filter((n) => /chi bộ/iu.test(n))).toEqual([]);
  });
});
