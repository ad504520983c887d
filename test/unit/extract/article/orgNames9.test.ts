// How administrative names are written (Nghị định 30/2020/NĐ-CP; head noun + field + owning
// body + level word + place), each as a rule of the writing, tested on sentences written for
// this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';

const HEAD = 'Hội nghị triển khai quyết định';
const read = (...body: string[]): ContractDocument => toContract(extractArticle('n9.txt', [HEAD, ...body].join('\n')));
const orgs = (c: ContractDocument): string[] => c.organizations.map((o) => (o.place ? `${o.name} @${o.place}` : o.name));
const org = (s: string) => {
  const o = parseOrgAt(makeDoc(s), 0);
  return o && { name: o.name, place: o.place };
};

describe('"&" and a spaced dash join two fields of one name (O-e)', () => {
  it('"&" written for "và" between two fields', () => {
    expect(org('Sở Văn hóa & Thể thao tỉnh Lai Châu cho biết')).toEqual({ name: 'Sở Văn hóa & Thể thao tỉnh', place: 'Lai Châu' });
    expect(org('Sở Kế hoạch & Đầu tư đề xuất')).toMatchObject({ name: 'Sở Kế hoạch & Đầu tư' });
    expect(org('Phòng NN & PTNT H. Mường Tè cho biết')).toMatchObject({ name: 'Phòng NN & PTNT' });
  });

  it('a level head whose field goes on after a dash, then its level', () => {
    expect(org('Đài Truyền thanh - Truyền hình huyện Bảo Lạc đưa tin')).toEqual({ name: 'Đài Truyền thanh - Truyền hình huyện', place: 'Bảo Lạc' });
  });

  it('a level word written short with a dot ends the field', () => {
    expect(org('Phòng GD-ĐT Q. Hai Bà Trưng kiểm tra')).toMatchObject({ name: 'Phòng GD-ĐT' });
  });
});

describe('the level word written in full with a capital before the place (Thành phố Hồ Chí Minh)', () => {
  it('is the level, kept in the name as written, and the city the place', () => {
    expect(org('Sở Tài nguyên và Môi trường Thành phố Cần Thơ báo cáo')).toEqual({ name: 'Sở Tài nguyên và Môi trường Thành phố', place: 'Cần Thơ' });
    expect(org('Sở Y tế Thành phố Đà Nẵng cho biết')).toEqual({ name: 'Sở Y tế Thành phố', place: 'Đà Nẵng' });
    expect(org('UBND Tỉnh Quảng Nam chỉ đạo')).toEqual({ name: 'UBND Tỉnh', place: 'Quảng Nam' });
    expect(org('Phòng Tham mưu Công an Thành phố Hải Phòng')).toEqual({ name: 'Phòng Tham mưu Công an Thành phố', place: 'Hải Phòng' });
  });

  it('a committee keeps its own level: the level word before the place is not repeated in its name', () => {
    expect(org('Thành ủy Thành phố Cần Thơ')).toEqual({ name: 'Thành ủy', place: 'Cần Thơ' });
  });
});

describe('a bracketed abbreviation inside a name (O-f)', () => {
  it('stands between the name written in full and its level', () => {
    expect(org('Hội đồng Nhân dân (HĐND) Thành phố Cần Thơ khóa X')).toEqual({ name: 'Hội đồng Nhân dân Thành phố', place: 'Cần Thơ' });
    expect(org('Ủy ban nhân dân (UBND) huyện Mê Linh tổ chức')).toEqual({ name: 'Ủy ban nhân dân huyện', place: 'Mê Linh' });
    expect(org('Sở Tài nguyên và Môi trường (TN&MT) tỉnh Hà Giang')).toEqual({ name: 'Sở Tài nguyên và Môi trường tỉnh', place: 'Hà Giang' });
  });
});

describe('a credit and a scope name no body (O-a, O-b)', () => {
  it('the body of a photo credit glued to the lead is who made the picture', () => {
    const c = read('Bà Lò Thị Mai trao quyết định cho ông Hà Văn Tiến - Ảnh: Báo Tây Ninh Chiều 4-3, Huyện ủy Tân Biên tổ chức hội nghị.');
    expect(orgs(c)).toEqual(['Huyện ủy @Tân Biên']);
  });

  it('"Đảng bộ, chính quyền và nhân dân tỉnh X" is the locality, no list of bodies', () => {
    const c = read(
      'Sáng 4/3, Ban Chấp hành Đảng bộ tỉnh Hà Giang tổ chức hội nghị triển khai quyết định.',
      'Hội nghị đề nghị Ban Chấp hành Đảng bộ, Đảng bộ, chính quyền và nhân dân tỉnh Hà Giang giúp đỡ ông Tiến.',
    );
    expect(orgs(c)).toEqual(['Ban Chấp hành Đảng bộ tỉnh @Hà Giang']);
  });
});

describe('shapes no list held (O-g)', () => {
  it('a State agency followed by a level word is its branch at that level', () => {
    expect(org('Ngân hàng Nhà nước tỉnh Phú Yên sớm đề xuất')).toEqual({ name: 'Ngân hàng Nhà nước tỉnh', place: 'Phú Yên' });
    expect(org('Ngân hàng Nhà nước Việt Nam công bố')).toEqual({ name: 'Ngân hàng Nhà nước Việt Nam', place: null });
  });

  it('a deputy "Đại biểu Quốc hội tỉnh X" names no branch of Quốc hội', () => {
    const c = read('Đại biểu Quốc hội tỉnh Trà Vinh Thạch Văn Sơn phát biểu tại kỳ họp.');
    expect(orgs(c)).not.toContain('Quốc hội tỉnh @Trà Vinh');
  });
});

describe('an ad-hoc team and the addressee of a proposal (O-g)', () => {
  it('"Tổ công tác" is a body named for its task, with no level and no place', () => {
    const c = read('Sáng 3/4, UBND tỉnh Phú Yên họp nghe Tổ công tác báo cáo kết quả kiểm tra tàu cá.');
    expect(orgs(c)).toEqual(['UBND tỉnh @Phú Yên', 'Tổ công tác']);
  });

  it('"kiến nghị Thủ tướng Chính phủ": the addressee of a proposal is a body, as after "trình"', () => {
    const c = read('Sáng 3/4, UBND tỉnh Phú Yên họp với các sở. Tỉnh kiến nghị Thủ tướng Chính phủ xem xét hỗ trợ ngư dân.');
    expect(orgs(c)).toContain('Thủ tướng Chính phủ');
  });
});

describe('an owning body written once after two bodies of one head (O-c)', () => {
  it('belongs to each, the hyphenated field of the second kept whole', () => {
    const c = read('Sáng 3/4, HĐND tỉnh Sơn La họp. Còn khuyết phó ban của Ban Dân tộc và Ban Văn hóa-Xã hội HĐND tỉnh Sơn La.');
    expect(orgs(c)).toEqual(expect.arrayContaining(['Ban Dân tộc HĐND tỉnh @Sơn La', 'Ban Văn hóa-Xã hội HĐND tỉnh @Sơn La']));
    expect(orgs(c)).not.toContain('Ban Dân tộc');
  });

  it('a Party committee written once after two departments', () => {
    const c = read('Sáng 3/4, Ban Tuyên giáo và Ban Dân vận Tỉnh ủy Hà Giang phối hợp tổ chức hội nghị.');
    expect(orgs(c)).toEqual(['Ban Tuyên giáo Tỉnh ủy @Hà Giang', 'Ban Dân vận Tỉnh ủy @Hà Giang']);
  });
});

describe('a plural head straight on its council names a class', () => {
  it('"các ban HĐND huyện" are the council\'s committees, no one body', () => {
    const c = read('Việc này thuộc thẩm quyền của các ban HĐND huyện Mường Tè. Văn phòng UBND huyện Mường Tè báo cáo.');
    expect(orgs(c)).toEqual(['Văn phòng UBND huyện @Mường Tè']);
  });
});

describe('a lower-case committee part written with its council (O-d, hard case O2)', () => {
  it('"thường trực HĐND TP" is the standing body of the council', () => {
    expect(org('thường trực HĐND TP Cần Thơ sẽ có ý kiến')).toEqual({ name: 'Thường trực HĐND TP', place: 'Cần Thơ' });
    expect(org('thường trực HĐND huyện xem xét')).toEqual({ name: 'Thường trực HĐND huyện', place: null });
  });
});

describe('fields of statutory bodies', () => {
  it('"Tiếp công dân" (Luật Tiếp công dân 2013) is one field of three syllables', () => {
    expect(org('Ban Tiếp công dân tỉnh Bình Phước tiếp 20 lượt')).toEqual({ name: 'Ban Tiếp công dân tỉnh', place: 'Bình Phước' });
    const c = read('Ông Lê Văn Tám, Phó chánh Văn phòng UBND tỉnh kiêm Trưởng ban Tiếp công dân. Hiện ông Tám nghỉ hưu.');
    expect(orgs(c)).toContain('Ban Tiếp công dân');
    expect(orgs(c)).not.toContain('Ban Tiếp công');
  });
});
