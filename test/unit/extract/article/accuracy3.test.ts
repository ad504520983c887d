// Rules of the third accuracy round on national reports: national bodies by the shape of their
// names, a head shared by a list of bodies, positions told in narrative, committees of the
// National Assembly. Every sentence is invented for this file.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const org = (s: string) => {
  const o = parseOrgAt(makeDoc(s), 0);
  return o && { name: o.name, place: o.place, national: o.national };
};
const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const orgNames = (c: ContractDocument) => c.organizations.map((o) => (o.place ? `${o.name} | ${o.place}` : o.name));

describe('national bodies by the shape of their names', () => {
  it('a "Tổng cục" is a national body under a ministry', () => {
    expect(org('Tổng cục Hải quan cho biết')).toEqual({ name: 'Tổng cục Hải quan', place: null, national: true });
  });
  it('a "Tạp chí" is a press body like a "Báo"', () => {
    expect(org('Tạp chí Tuyên giáo phối hợp')).toMatchObject({ name: 'Tạp chí Tuyên giáo' });
  });
  it('the State Bank is named by "Nhà nước", as the State Audit is', () => {
    expect(org('Ngân hàng Nhà nước cần điều hành')).toEqual({ name: 'Ngân hàng Nhà nước', place: null, national: true });
    expect(org('Ngân hàng Nhà nước Việt Nam vừa')).toEqual({ name: 'Ngân hàng Nhà nước Việt Nam', place: null, national: true });
  });
  it('finds them in a report', () => {
    const c = read('Lãi suất', 'Sáng 3/4/2019, Chính phủ họp phiên thường kỳ. Tổng cục Hải quan và Ngân hàng Nhà nước báo cáo về xuất nhập khẩu.');
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Tổng cục Hải quan', 'Ngân hàng Nhà nước']));
  });
});

describe('a field is not followed by a verb', () => {
  it('stops before a predicate that begins with a function word or an auxiliary', () => {
    expect(org('Tổng cục Hải quan yêu cầu các cục')?.name).toBe('Tổng cục Hải quan');
    expect(org('Cục Thuế đã ban hành')?.name).toBe('Cục Thuế');
    expect(org('Bộ Ngoại giao cho biết')?.name).toBe('Bộ Ngoại giao');
  });
  it('an abbreviation after "và" is another body', () => {
    expect(org('Tổng cục TDTT và VFF quan tâm')?.name).toBe('Tổng cục TDTT');
  });
  it('"Bộ" after a compass word ends a region, no ministry', () => {
    expect(org('Ban Chỉ đạo Tây Nam Bộ họp')?.name).toBe('Ban Chỉ đạo Tây Nam Bộ');
  });
});

describe('a head shared by a list of bodies', () => {
  it('a plural head names one body per item, the known field kept with the head', () => {
    const c = read('Phiên họp', 'Sáng 2/7/2019, Chính phủ họp phiên thường kỳ. Dự họp có các Ban Chỉ đạo Tây Nguyên, Tây Bắc và Tây Nam Bộ.');
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Ban Chỉ đạo Tây Nguyên', 'Ban Chỉ đạo Tây Bắc', 'Ban Chỉ đạo Tây Nam Bộ']));
  });
  it('without a plural, only known fields are items', () => {
    const c = read('Thủ tục', 'Sáng 9/10/2018, Bộ Công Thương chủ trì, phối hợp với Bộ Nội vụ, Tư pháp và Y tế rà soát thủ tục, tại Hà Nội, Bình Dương.');
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Bộ Nội vụ', 'Bộ Tư pháp', 'Bộ Y tế']));
    expect(orgNames(c).some((n) => n.startsWith('Bộ Hà') || n.startsWith('Bộ Bình'))).toBe(false);
  });
  it('items set off by ";" keep the commas inside their names', () => {
    const c = read('Văn bản', 'Ngày 9/10/2018, các Bộ Lao động, Thương binh và Xã hội; Kế hoạch và Đầu tư đã sửa đổi văn bản.');
    expect(orgNames(c)).not.toContain('Bộ Thương binh');
  });
  it('"Liên hiệp các Hội …" is one federation, no plural', () => {
    const c = read('Diễn đàn', 'Tối 9/10/2018, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, Bộ Y tế tổ chức diễn đàn.');
    expect(orgNames(c)).not.toContain('Hội Kỹ thuật');
  });
});

describe('heads of a general department', () => {
  it('"Tổng cục trưởng" is an office, and a level word with no place after it ends no name', () => {
    const c = read('Họp báo', 'Chiều 3/4/2019, Tổng cục Hải quan tổ chức họp báo. Tổng Cục trưởng Tổng cục Hải quan Trần Văn Huyện cho biết số liệu.');
    expect(c.people).toEqual([{ name: 'Trần Văn Huyện', positions: ['Tổng cục trưởng Tổng cục Hải quan'] }]);
  });
});
