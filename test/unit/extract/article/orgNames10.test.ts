// Sentence-case and lower-case names of administrative units (Nghị định 30/2020/NĐ-CP: head noun +
// field + level word or number), tested on sentences written for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';

const HEAD = 'Hội nghị giao ban tháng 3';
const read = (...body: string[]): ContractDocument => toContract(extractArticle('n10.txt', [HEAD, ...body].join('\n')));
const names = (c: ContractDocument): string[] => c.organizations.map((o) => o.name);
const org = (s: string, at = 0) => {
  const o = parseOrgAt(makeDoc(s), at);
  return o && { name: o.name, place: o.place };
};

describe('a unit numbered among its kind', () => {
  it('is named with its number', () => {
    expect(org('Phòng Cảnh sát PCCC số 7 tăng cường lực lượng')).toMatchObject({ name: 'Phòng Cảnh sát PCCC số 7' });
    expect(org('Văn phòng Công chứng số 2, Sở Tư pháp')).toMatchObject({ name: 'Văn phòng Công chứng số 2' });
  });

  it('a document number is no unit number, nor is a ministry numbered', () => {
    expect(org('Bộ Y tế ký công văn số 2916/BYT-KCB')).toMatchObject({ name: 'Bộ Y tế' });
  });
});

describe('a sentence-case name in a list of bodies runs to the comma before the next body', () => {
  it('keeps its lower-case words', () => {
    expect(org('Cục Quản lý thị trường, Chi cục Thuế')).toMatchObject({ name: 'Cục Quản lý thị trường' });
    expect(org('Vụ Hợp tác quốc tế, Bộ Tài chính')).toMatchObject({ name: 'Vụ Hợp tác quốc tế' });
  });

  it('not past an auxiliary that begins a predicate', () => {
    expect(org('Ủy ban Tư pháp chưa đồng ý, Ủy ban Kinh tế')).toMatchObject({ name: 'Ủy ban Tư pháp' });
  });
});

describe('the head of a unit written in lower case', () => {
  const lead = 'Chiều 9/3, Chủ tịch UBND thành phố Cẩm Phả Lò Văn Tám chủ trì hội nghị giao ban.';
  it('names the unit when its field runs to the level word, or a capitalised field follows', () => {
    const c = read(
      lead,
      'Ông Tám yêu cầu phòng tài nguyên môi trường thành phố rà soát; Công an thành phố phối hợp với phòng Quản lý đô thị, Ban Chỉ huy quân sự thành phố, phòng cảnh sát PCCC số 3.',
    );
    expect(names(c)).toEqual(expect.arrayContaining(['Phòng Tài nguyên môi trường thành phố', 'Phòng Quản lý đô thị', 'Phòng Cảnh sát PCCC số 3']));
  });

  it('names none alone, as a room, or inside a compound', () => {
    expect(org('phòng họp của huyện')).toBeNull();
    const s = 'Bộ Quốc phòng Mỹ nói';
    expect(org(s, s.indexOf('phòng'))).toBeNull();
    const r = 'ông ngồi trong phòng Bầu dục';
    expect(org(r, r.indexOf('phòng'))).toBeNull();
  });
});

describe('"&" inside a name, however spaced', () => {
  it('is one body', () => {
    const c = read('Sáng 3/4, Bộ GD & ĐT yêu cầu các sở báo cáo. Sau đó Bộ GD&ĐT đề nghị Sở GD &ĐT Hà Nội kiểm tra.');
    expect(names(c).filter((n) => n.startsWith('Bộ GD'))).toEqual(['Bộ GD & ĐT']);
  });
});

describe('"Việt Nam" written short and the armed forces', () => {
  it('"VN" after the Front is part of its name: national, or local with a level after it', () => {
    expect(org('Ủy ban T.Ư MTTQ VN tổ chức hội nghị')).toMatchObject({ name: 'Ủy ban T.Ư MTTQ VN', place: null });
    expect(org('Ủy ban MTTQ VN tỉnh Lào Cai phát động')).toEqual({ name: 'Ủy ban MTTQ VN tỉnh', place: 'Lào Cai' });
    expect(org('UBND VN')).toBeNull();
  });

  it('a unit of a force is named with the force', () => {
    expect(org('Tổng cục Chính trị Quân đội nhân dân Việt Nam tổ chức')).toMatchObject({ name: 'Tổng cục Chính trị Quân đội nhân dân Việt Nam' });
    expect(org('Tổng cục Chính trị CAND có thông báo')).toMatchObject({ name: 'Tổng cục Chính trị CAND' });
  });
});

describe('a unit and its national body joined by a dash', () => {
  it('is one body, named with it', () => {
    expect(org('Viện Lịch sử Đảng - Học viện Chính trị quốc gia Hồ Chí Minh cho biết')).toMatchObject({
      name: 'Viện Lịch sử Đảng - Học viện Chính trị quốc gia Hồ Chí Minh',
    });
  });

  it('two bodies of one level joined by a dash stay two', () => {
    expect(org('Sở Y tế - Sở Tài chính tỉnh')).not.toMatchObject({ name: expect.stringContaining('Tài chính') });
  });
});
