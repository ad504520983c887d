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
