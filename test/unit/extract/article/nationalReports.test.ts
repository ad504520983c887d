// Rules for national reports of the genre (H2): the city level written short, meetings named
// and dated the ways national reports write them. Every sentence is invented for this file.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const org = (s: string) => {
  const o = parseOrgAt(makeDoc(s), 0);
  return o && { name: o.name, place: o.place };
};
const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));

describe('the city level word written short', () => {
  it('"TP" keeps the level in the name and moves the city to place', () => {
    expect(org('UBND TP Cần Thơ ban hành')).toEqual({ name: 'UBND TP', place: 'Cần Thơ' });
    expect(org('UBND Tp. Đà Nẵng')).toEqual({ name: 'UBND TP', place: 'Đà Nẵng' });
  });
  it('"TPHCM" and "TP.HCM" are the level and Hồ Chí Minh City in one', () => {
    expect(org('UBND TPHCM vừa')).toEqual({ name: 'UBND TP', place: 'Hồ Chí Minh' });
    expect(org('HĐND TP.HCM họp')).toEqual({ name: 'HĐND TP', place: 'Hồ Chí Minh' });
  });
  it('an office or a committee part of a people\'s committee: "Văn phòng UBND TP", "Ban cán sự đảng UBND tỉnh"', () => {
    expect(org('Văn phòng UBND TPHCM cho biết')).toEqual({ name: 'Văn phòng UBND TP', place: 'Hồ Chí Minh' });
    expect(org('Ban cán sự đảng UBND tỉnh Kon Tum')).toEqual({ name: 'Ban cán sự đảng UBND tỉnh', place: 'Kon Tum' });
  });
  it('a position on such a body, office first, names the person', () => {
    const c = read('Xe công', 'Ngày 4/3/2019, Phó Chủ tịch UBND TPHCM Lâm Văn Đức đã làm việc với lãnh đạo các sở về xe công.');
    expect(c.people).toEqual([{ name: 'Lâm Văn Đức', positions: ['Phó Chủ tịch UBND TP'] }]);
  });
});

const only = (c: ContractDocument) => {
  expect(c.meetings).toHaveLength(1);
  return c.meetings[0]!;
};

describe('working sessions of teams', () => {
  it('a team led by a person: the team and the host hold it, the noun is the one the report uses', () => {
    const m = only(read('Kiểm tra tại Cà Mau', 'Thực hiện kế hoạch của Ban Bí thư, ngày 14/3/2019, ông Lê Văn Bình, Ủy viên Bộ Chính trị dẫn đầu đoàn kiểm tra của Ban Bí thư đã đến làm việc với Ban Thường vụ Tỉnh ủy Cà Mau về công tác cán bộ. Phát biểu tại cuộc làm việc, ông Lê Văn Bình đề nghị Tỉnh ủy rà soát quy hoạch.'));
    expect(m).toMatchObject({ title: 'Cuộc làm việc của Đoàn kiểm tra của Ban Bí thư với Ban Thường vụ Tỉnh ủy Cà Mau', date: '2019-03-14', organizers: ['Đoàn kiểm tra của Ban Bí thư', 'Ban Thường vụ Tỉnh ủy'], place: 'Cà Mau' });
  });
  it('a team with a number is a body named by its sender; "đoàn kiểm tra" alone names none', () => {
    expect(org('Đoàn kiểm tra số 12 của Bộ Chính trị làm việc')).toEqual({ name: 'Đoàn kiểm tra số 12 của Bộ Chính trị', place: null });
    expect(org('đoàn công tác của Tỉnh ủy Lào Cai')).toEqual({ name: 'Đoàn công tác của Tỉnh ủy', place: 'Lào Cai' });
    expect(org('Đoàn kiểm tra đã làm việc')).toBeNull();
  });
  it('a leader working with departments: no team, the topic names the session', () => {
    const m = only(read('Xe công', 'Ngày 4/3/2019, Phó Chủ tịch UBND TPHCM Lâm Văn Đức đã làm việc với lãnh đạo các sở, ngành về xã hội hóa đầu tư công. Tại buổi làm việc, ông Đức cho biết thành phố sẽ thuê xe.'));
    expect(m).toMatchObject({ title: 'Buổi làm việc với lãnh đạo các sở, ngành về xã hội hóa đầu tư công', organizers: [], date: '2019-03-04' });
  });
});

describe('leads of national reports', () => {
  it('a framing clause before the day: the day after the first comma opens the lead', () => {
    const m = only(read('Bế mạc phiên họp', 'Tiếp tục chương trình làm việc, sáng 9/4/2019, dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Thanh Hải, Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự án luật và bế mạc Phiên họp thứ 33 của Ủy ban Thường vụ Quốc hội.'));
    expect(m).toMatchObject({ title: 'Phiên họp thứ 33 của Ủy ban Thường vụ Quốc hội', date: '2019-04-09', organizers: ['Ủy ban Thường vụ Quốc hội'] });
  });
  it('the months gone so far name the year of a day written without one', () => {
    const m = only(read('Thảo luận tại tổ', 'Chiều 21/5, Quốc hội thảo luận ở tổ về kết quả năm 2018 và tình hình những tháng đầu năm 2019, các đại biểu tán thành.'));
    expect(m.date).toBe('2019-05-21');
  });
  it('a target year ("đến hết năm 2021") is not the year of the meeting', () => {
    const c = read('Phiên họp', 'Sáng 3/6, Ủy ban Thường vụ Quốc hội đã họp phiên thứ 5, cho ý kiến về vốn giao đến hết năm 2021 và đến hết năm 2021 phải giải ngân.');
    expect(c.meetings[0]?.date ?? null).toBeNull();
  });
});
