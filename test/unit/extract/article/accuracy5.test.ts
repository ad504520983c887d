// Fifth accuracy round on organizations: a local body's place written straight after its field,
// with no level word ("Sở NN&PTNT Sóc Trăng" as "UBND tỉnh Sóc Trăng"). Every sentence is
// invented for this file.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const orgNames = (c: ContractDocument) => c.organizations.map((o) => (o.place ? `${o.name} | ${o.place}` : o.name));
const positionsOf = (c: ContractDocument, name: string) => c.people.find((p) => p.name === name)?.positions ?? [];
const org = (text: string) => parseOrgAt(makeDoc(text), 0);

describe('a department written with its field and then its place', () => {
  it('an abbreviated field is whole: the capitalised words after it are its place', () => {
    expect(org('Sở NN&PTNT Kiên Giang tổ chức')).toMatchObject({ name: 'Sở NN&PTNT', place: 'Kiên Giang', level: 'tỉnh' });
    expect(org('Sở GD-ĐT Bà Rịa - Vũng Tàu vừa')).toMatchObject({ name: 'Sở GD-ĐT', place: 'Bà Rịa - Vũng Tàu' });
    expect(org('Phòng TN&MT Châu Phú')).toMatchObject({ name: 'Phòng TN&MT', place: 'Châu Phú' });
  });
  it('after a field written in full, a province is its place', () => {
    expect(org('Sở Tài nguyên và Môi trường Lạng Sơn cho biết')).toMatchObject({ name: 'Sở Tài nguyên và Môi trường', place: 'Lạng Sơn' });
    expect(org('Sở Y tế Hậu Giang')).toMatchObject({ name: 'Sở Y tế', place: 'Hậu Giang' });
  });
  it('the city written short is its level word, the city its place', () => {
    expect(org('Sở Tài nguyên và Môi trường TP.HCM')).toMatchObject({ name: 'Sở Tài nguyên và Môi trường TP', place: 'Hồ Chí Minh' });
    expect(org('Sở Nội vụ TP Hồ Chí Minh')).toMatchObject({ name: 'Sở Nội vụ TP', place: 'Hồ Chí Minh' });
  });
  it('capitalised words that go on with the field are no place', () => {
    expect(org('Sở Giao thông Vận tải')).toMatchObject({ name: 'Sở Giao thông vận tải', place: null });
    expect(org('Sở Văn hóa Thể Thao và Du Lịch')).toMatchObject({ place: null });
    expect(org('Sở NN&PTNT')).toMatchObject({ name: 'Sở NN&PTNT', place: null });
  });
  it('a ministry, a national suffix or the country takes no place so', () => {
    expect(org('Bộ NN&PTNT Lào Cai')?.place ?? null).toBeNull();
    expect(org('Ban Tuyên giáo Trung ương')).toMatchObject({ name: 'Ban Tuyên giáo Trung ương', national: true, place: null });
    expect(org('Hội LHPN Việt Nam')).toMatchObject({ name: 'Hội LHPN Việt Nam', national: true, place: null });
  });
});

describe('in an article about another province', () => {
  const c = read(
    'Kiên Giang: Hội nghị sơ kết công tác phòng chống thiên tai',
    'Sáng 9/4/2018, tại TP Rạch Giá, UBND tỉnh Kiên Giang tổ chức hội nghị sơ kết công tác phòng chống thiên tai. Ông Phan Thanh Tùng, Giám đốc Sở NN&PTNT Hậu Giang cũng đến dự. Bà Lý Thị Ngọc, Phó Giám đốc Sở Xây dựng phát biểu.',
  );
  it('the department keeps the place written after it, not the article’s', () => {
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Sở NN&PTNT | Hậu Giang', 'UBND tỉnh | Kiên Giang']));
    expect(orgNames(c)).not.toContain('Sở NN&PTNT Hậu Giang | Kiên Giang');
  });
  it('a department that names no place still takes the article’s', () => {
    expect(orgNames(c)).toContain('Sở Xây dựng | Kiên Giang');
  });
  it('the position names the department as its other positions name their bodies, the place apart', () => {
    expect(positionsOf(c, 'Phan Thanh Tùng')).toEqual(['Giám đốc Sở NN&PTNT']);
  });
});

describe('a department placed in a centrally-run city', () => {
  it('places the city’s other departments, not a body that writes "tỉnh"', () => {
    const c = read(
      'Chấn chỉnh',
      'Chiều 14/3/2019, Sở GD&ĐT Đà Nẵng tổ chức hội nghị. Ông Hồ Văn Tín cho biết Công an tỉnh đã vào cuộc. Sở Tài chính cũng có ý kiến.',
    );
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Sở GD&ĐT | Đà Nẵng', 'Sở Tài chính | Đà Nẵng', 'Công an tỉnh']));
  });
});
