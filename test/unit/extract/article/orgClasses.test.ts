// Bodies named by their rank or for a class of them, and the centre of a force named with
// "Trung ương"; tested on sentences written for this file.
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';

const orgs = (...body: string[]) =>
  toContract(extractArticle('classes.txt', ['Hội nghị sơ kết công tác quý I', ...body].join('\n'))).organizations.map((o) => `${o.name} | ${o.place ?? ''}`);
const org = (s: string) => {
  const o = parseOrgAt(makeDoc(s), 0);
  return o && { name: o.name, place: o.place, national: o.national };
};

describe('the centre of a force or a mass organisation', () => {
  it('is named with "Trung ương", no place "Trung"', () => {
    expect(org('Công an Trung ương chỉ đạo')).toEqual({ name: 'Công an Trung ương', place: null, national: true });
    expect(org('Hội Cựu chiến binh Trung ương tổ chức')).toMatchObject({ name: 'Hội Cựu chiến binh Trung ương', place: null });
  });

  it('owns the Party committee named with it', () => {
    expect(org('Đảng ủy Công an Trung ương họp')).toMatchObject({ name: 'Đảng ủy Công an Trung ương', place: null, national: true });
  });

  it('a people’s council is only local', () => {
    expect(org('HĐND tỉnh Bến Tre')).toMatchObject({ name: 'HĐND tỉnh', place: 'Bến Tre' });
  });
});

describe('a committee named by its rank', () => {
  it('"trực thuộc", "cơ sở" after a bare committee name a class', () => {
    const got = orgs('Ngày 3/2, Huyện ủy Kim Sơn tổ chức hội nghị. Huyện có 120 chi bộ trực thuộc Đảng ủy cơ sở; các Đảng bộ trực thuộc đều đạt.');
    expect(got).not.toContain('Đảng ủy | Kim Sơn');
    expect(got).not.toContain('Đảng bộ | Kim Sơn');
    expect(got).toContain('Huyện ủy | Kim Sơn');
  });

  it('a committee with its place is a body', () => {
    expect(orgs('Ngày 3/2, Đảng ủy xã Yên Lâm tổ chức hội nghị.')).toContain('Đảng ủy xã | Yên Lâm');
  });
});

describe('offices written for a class of bodies', () => {
  it('a local body of no level in a list the class closes names none', () => {
    const got = orgs(
      'Ngày 3/2, UBND huyện Kim Sơn tổ chức hội nghị. Dự có Bí thư Đảng ủy, Chủ tịch UBND, Trưởng Công an, cán bộ tư pháp của toàn bộ 27 xã, thị trấn.',
    );
    expect(got).toEqual(['UBND huyện | Kim Sơn']);
  });

  it('a national body in the list stays', () => {
    expect(orgs('Ngày 3/2, dự có Bộ trưởng Bộ Nội vụ, Giám đốc Sở Nội vụ các tỉnh.')).toContain('Bộ Nội vụ | ');
  });
});

describe('a plural over a list of heads', () => {
  it('"các phòng, ban UBND huyện" is a class of units', () => {
    const got = orgs('Ngày 3/2, UBND huyện Kim Sơn tổ chức hội nghị với các phòng, ban UBND huyện.');
    expect(got).toEqual(['UBND huyện | Kim Sơn']);
  });
});

describe('a unit a city numbers', () => {
  it('is named with its number and placed by the city written after it', () => {
    expect(org('UBND quận 5, Thành phố Hồ Chí Minh tổ chức')).toMatchObject({ name: 'UBND quận 5', place: 'Hồ Chí Minh' });
    expect(org('UBND phường 7 TP.HCM')).toMatchObject({ name: 'UBND phường 7', place: 'Hồ Chí Minh' });
  });

  it('so is its Party committee', () => {
    expect(org('Quận ủy quận 10 họp')).toMatchObject({ name: 'Quận ủy quận 10', place: null });
  });

  it('a document number or a count is no unit number', () => {
    expect(org('UBND quận 5/2017')).toMatchObject({ name: 'UBND quận' });
  });
});

describe('a plural head over a list of fields', () => {
  it('an item is a field as read, up to "và"', () => {
    const got = orgs('Ngày 3/2, Bộ Tư pháp đã lấy ý kiến các Bộ Công an, Tài nguyên - Môi trường và các chuyên gia.');
    expect(got).toEqual(expect.arrayContaining(['Bộ Công an | ', 'Bộ Tài nguyên - Môi trường | ']));
    expect(orgs('Ngày 3/2, các Ban Chỉ đạo Tây Nguyên, Tây Bắc và Tây Nam Bộ họp.')).toEqual(
      expect.arrayContaining(['Ban Chỉ đạo Tây Bắc | ', 'Ban Chỉ đạo Tây Nam Bộ | ']),
    );
  });
});

describe('one body written two ways is one entry in its first form', () => {
  it('a department of one level, bare then with its level word', () => {
    const got = orgs('Ngày 3/2, UBND tỉnh Phú Yên giao Sở Công Thương chủ trì. Ông A, Giám đốc Sở Công Thương tỉnh Phú Yên, cho biết.');
    expect(got.filter((o) => o.startsWith('Sở Công Thương'))).toEqual(['Sở Công Thương | Phú Yên']);
  });

  it('"TP" and "thành phố" are one level word', () => {
    const got = orgs('Tại kỳ họp, HĐND TP Cần Thơ nghe tờ trình. Ban Pháp chế đề nghị HĐND thành phố thông qua.');
    expect(got.filter((o) => o.startsWith('HĐND'))).toEqual(['HĐND TP | Cần Thơ']);
  });
});

describe('social insurance, an agency with a branch at every level', () => {
  it('is named with its level or the country, its abbreviation in brackets inside the name', () => {
    expect(orgs('Ngày 3/2, Bảo hiểm xã hội (BHXH) Việt Nam tổ chức hội nghị. BHXH Việt Nam yêu cầu BHXH tỉnh Hà Giang báo cáo.')).toEqual([
      'Bảo hiểm xã hội Việt Nam | ',
      'BHXH tỉnh | Hà Giang',
    ]);
  });

  it('the benefit is no body', () => {
    expect(orgs('Ngày 3/2, người lao động đóng BHXH, BHYT theo Luật Bảo hiểm xã hội.')).toEqual([]);
  });
});

describe('the Prime Minister as a body', () => {
  it('is the addressee of a report and the author of an act', () => {
    expect(orgs('Ngày 3/2, Bộ Tài chính rà soát, báo cáo Thủ tướng Chính phủ kết quả.')).toContain('Thủ tướng Chính phủ | ');
    expect(orgs('Ngày 3/2, quỹ do Thủ tướng Chính phủ thành lập đi vào hoạt động.')).toContain('Thủ tướng Chính phủ | ');
  });

  it('acting, it is a person with a title', () => {
    expect(orgs('Ngày 3/2, Thủ tướng Chính phủ đã chỉ đạo quyết liệt.')).not.toContain('Thủ tướng Chính phủ | ');
  });
});

describe('national bodies and the ways they are written', () => {
  it('the Government’s agencies, the Standing Committee written short, the Government Office abbreviated', () => {
    const got = orgs(
      'Ngày 3/2, Thủ tướng yêu cầu Thông tấn xã Việt Nam phối hợp, trình Thường vụ Quốc hội xem xét. Bộ trưởng, Chủ nhiệm VPCP Lê Văn An chủ trì.',
    );
    expect(got).toEqual(expect.arrayContaining(['Thông tấn xã Việt Nam | ', 'Thường vụ Quốc hội | ', 'VPCP | ']));
  });

  it('a ministry written by its field’s first words is the ministry, in the first form', () => {
    const got = orgs('Ngày 3/2, Chính phủ yêu cầu Bộ Tài nguyên rà soát. Bộ Tài nguyên và Môi trường đã báo cáo.');
    expect(got.filter((o) => o.startsWith('Bộ'))).toEqual(['Bộ Tài nguyên | ']);
  });

  it('a State agency’s branch, its abbreviation in brackets before the level', () => {
    expect(org('Ngân hàng Nhà nước (NHNN) tỉnh Lào Cai')).toMatchObject({ name: 'Ngân hàng Nhà nước tỉnh', place: 'Lào Cai' });
  });

  it('the Front named with the country, then its level and place', () => {
    expect(org('MTTQ Việt Nam xã Tân An')).toMatchObject({ name: 'MTTQ Việt Nam xã', place: 'Tân An' });
  });
});

describe('a steering committee named by its remit', () => {
  it('a national one too, up to what it does', () => {
    expect(org('Ban Chỉ đạo Quốc gia về phòng, chống thiên tai phải báo cáo')).toMatchObject({ name: 'Ban Chỉ đạo Quốc gia về phòng, chống thiên tai' });
  });
});

describe('a known field then nouns of its domain', () => {
  it('runs to the level word', () => {
    expect(org('Phòng Kinh tế hạ tầng huyện Tam Nông')).toMatchObject({ name: 'Phòng Kinh tế hạ tầng huyện', place: 'Tam Nông' });
  });
});

describe('a sector and a bare steering committee', () => {
  it('"ngành Thanh tra" is a sector, no body', () => {
    expect(orgs('Ngày 3/2, hội nghị sơ kết công tác của ngành Thanh tra diễn ra.')).toEqual([]);
  });

  it('"Ban Chỉ đạo quốc gia" with no remit names none', () => {
    expect(orgs('Ngày 3/2, Ban Chỉ đạo quốc gia đã yêu cầu các tỉnh báo cáo.')).toEqual([]);
  });
});
