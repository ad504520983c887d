// Eighth accuracy round: participants' roles after long title chains and the names of numbered
// meetings, classes found on genre-dev answers (national reports). Every sentence is invented
// for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const rolesOf = (doc: ContractDocument, name: string): string[] => (doc.meetings[0]?.participants ?? []).filter((p) => p.name === name).map((p) => p.role);

describe('the verb after a person’s title chain is that person’s', () => {
  const lead = ['Hội nghị tổng kết công tác thi đua', 'Ngày 14/3/2021, Ủy ban nhân dân tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thi đua năm 2020.'];
  it('a chain of offices with abbreviated and dashed bodies keeps the chair cue', () => {
    const doc = read(...lead, 'Ông Lê Văn Tâm, Phó Bí thư T.Ư Đoàn, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh, Giám đốc Sở Nội vụ chủ trì hội nghị.');
    expect(rolesOf(doc, 'Lê Văn Tâm')).toEqual(['chair']);
  });
  it('a body with "và" in it is one body, and the cue after its comma is the person’s', () => {
    const doc = read(...lead, 'Bà Trần Thu Hà, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, đọc tờ trình của Ủy ban nhân dân tỉnh.');
    expect(rolesOf(doc, 'Trần Thu Hà')).toEqual(['spoke']);
  });
  it('a body written in sentence case does not hide the verb', () => {
    const doc = read(...lead, 'Ông Hoàng Nam Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh chủ trì hội nghị.');
    expect(rolesOf(doc, 'Hoàng Nam Sơn')).toEqual(['chair']);
  });
  it('a capitalised cue word inside a body’s name is no verb', () => {
    const doc = read(...lead, 'Ông Hoàng Nam Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng chống thiên tai tỉnh trao bằng khen cho các tập thể.');
    expect(rolesOf(doc, 'Hoàng Nam Sơn')).toEqual([]);
  });
  it('a clause that goes on after the chain gives the later verb to no one', () => {
    const doc = read(...lead, 'Ông Vũ Đức Minh, Chủ tịch UBND huyện nghe báo cáo của các xã về công tác thi đua.');
    expect(rolesOf(doc, 'Vũ Đức Minh')).toEqual([]);
  });
  it('another person between the chain and the verb takes it', () => {
    const doc = read(...lead, 'Ông Lê Văn Tâm, Phó Bí thư T.Ư Đoàn, ông Đinh Văn Hùng, Giám đốc Sở Nội vụ chủ trì hội nghị.');
    expect(rolesOf(doc, 'Đinh Văn Hùng')).toEqual(['chair']);
  });
});
