// Rules of the fourth accuracy round on organizations: classes of bodies and venues that name
// no body, a team's sender, the issuer of a named resolution, abbreviations after an office,
// the place of a body that names none. Every sentence is invented for this file.
import { makeDoc } from '../../../../src/extract/article/doc.js';
import { parseOrgAt } from '../../../../src/extract/article/orgParser.js';
import { parsePositionAt } from '../../../../src/extract/article/positionParser.js';
import { extractArticle } from '../../../../src/extract/extractArticle.js';
import { toContract } from '../../../../src/core/toContract.js';
import type { ContractDocument } from '../../../../src/core/extraction.js';

const read = (...lines: string[]): ContractDocument => toContract(extractArticle('n.txt', lines.join('\n')));
const orgNames = (c: ContractDocument) => c.organizations.map((o) => (o.place ? `${o.name} | ${o.place}` : o.name));
const positionsOf = (c: ContractDocument, name: string) => c.people.find((p) => p.name === name)?.positions ?? [];

describe('the Front written in full with neither level nor place is the institution', () => {
  it('names no body; with "Việt Nam" or a level it does', () => {
    const c = read(
      'Giám sát',
      'Sáng 4/5/2019, Huyện ủy Kim Sơn tổ chức hội nghị. Hội nghị đề nghị phát huy vai trò giám sát của Mặt trận Tổ quốc và các đoàn thể. Ông Đặng Văn Lâm, Chủ tịch Ủy ban Mặt trận Tổ quốc huyện phát biểu. Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã hướng dẫn.',
    );
    expect(orgNames(c)).not.toContain('Mặt trận Tổ quốc');
    expect(orgNames(c).some((n) => n.startsWith('Mặt trận Tổ quốc |'))).toBe(false);
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Ủy ban Mặt trận Tổ quốc huyện | Kim Sơn', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam']));
  });
  it('an abbreviation in a list of bodies is still one (O3)', () => {
    const c = read('Dự họp', 'Sáng 4/5/2019, Huyện ủy Kim Sơn tổ chức hội nghị. Dự có lãnh đạo HĐND, MTTQ và các đoàn thể huyện.');
    expect(c.organizations.map((o) => o.name)).toContain('MTTQ');
  });
});

describe('a convention or exhibition centre is a venue', () => {
  it('names no body, whatever its case', () => {
    const doc = makeDoc('Trung tâm Hội nghị Quốc gia, Hà Nội');
    expect(parseOrgAt(doc, 0)).toBeNull();
    expect(parseOrgAt(makeDoc('Trung tâm Triển lãm tỉnh'), 0)).toBeNull();
    const c = read('Diễn đàn', 'Sáng 9/6/2019, Bộ Công Thương tổ chức diễn đàn tại Trung tâm Hội nghị Quốc gia.');
    expect(orgNames(c)).toEqual(['Bộ Công Thương']);
  });
  it('a centre that works is still a body', () => {
    expect(parseOrgAt(makeDoc('Trung tâm Y tế huyện Mỹ Đức'), 0)).toMatchObject({ name: 'Trung tâm Y tế huyện', place: 'Mỹ Đức' });
  });
});

describe('a body inside an emulation title', () => {
  it('"danh hiệu Đảng bộ trong sạch, vững mạnh" names no body', () => {
    const c = read(
      'Tổng kết',
      'Sáng 9/1/2019, Đảng ủy xã Yên Lạc tổ chức hội nghị tổng kết. Để giữ vững danh hiệu Đảng bộ TSVM, Đảng bộ xã Yên Lạc đề ra 5 nhiệm vụ.',
    );
    expect(c.organizations.map((o) => o.name)).not.toContain('Đảng bộ');
    expect(orgNames(c)).toContain('Đảng bộ xã | Yên Lạc');
  });
});

describe('a capitalised common head before a lower-case field, nothing after', () => {
  it('is a noun phrase, not a body', () => {
    const c = read('Kinh tế', 'Sáng 9/6/2019, Quốc hội thảo luận. Đại biểu cho rằng cần sớm hình thành Trung tâm tài chính quốc tế.');
    expect(orgNames(c).some((n) => n.startsWith('Trung tâm'))).toBe(false);
  });
  it('anchored by a level word or a body after it, a ministry, a department of a fixed level: a body', () => {
    expect(parseOrgAt(makeDoc('Trung tâm văn hóa thể thao huyện Yên Lạc'), 0)?.name).toBe('Trung tâm văn hóa thể thao huyện');
    expect(parseOrgAt(makeDoc('Phòng tài chính UBND huyện Yên Lạc'), 0)?.name).toBe('Phòng tài chính UBND huyện');
    expect(parseOrgAt(makeDoc('Bộ y tế đã yêu cầu'), 0)?.name).toBe('Bộ y tế');
    expect(parseOrgAt(makeDoc('Sở y tế cho biết'), 0)?.name).toBe('Sở y tế');
  });
});

describe('a team named with the body that sent it', () => {
  it('the sender is a body of the report, not an organizer of the team’s working session', () => {
    const c = read('Làm việc', 'Chiều 14/3/2019, Đoàn kiểm tra của Ban Bí thư Trung ương Đảng làm việc với Ban Thường vụ Tỉnh ủy Hà Nam về công tác cán bộ.');
    expect(c.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Đoàn kiểm tra của Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương Đảng']));
    expect(c.meetings[0]?.organizers).not.toContain('Ban Bí thư Trung ương Đảng');
  });
});

describe('the body that adopted a named resolution', () => {
  it('"các Nghị quyết của Hội nghị lần thứ N Ban Chấp hành Trung ương": the body after "của" is its issuer', () => {
    const c = read(
      'Chương trình hành động',
      'Sáng 2/8/2019, Bộ Tài chính tổ chức hội nghị. Bộ sẽ ban hành Chương trình hành động thực hiện các Nghị quyết của Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa XII về cải cách tiền lương.',
    );
    expect(c.organizations.map((o) => o.name)).toContain('Ban Chấp hành Trung ương Đảng');
  });
  it('the resolution’s title alone names no body', () => {
    const c = read('Quán triệt', 'Ngày 5/6, Huyện ủy tổ chức hội nghị quán triệt Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XII.');
    expect(c.organizations.map((o) => o.name)).not.toContain('Ban Chấp hành Trung ương Đảng');
  });
});

describe('an abbreviation after an office', () => {
  const pos = (s: string) => {
    const p = parsePositionAt(makeDoc(s), 0);
    return p && { title: p.title, org: p.org?.name ?? null, unnamed: p.org?.unnamed ?? false };
  };
  it('is written with the office, and names no body of the report', () => {
    expect(pos('Chủ tịch LĐLĐ huyện')).toEqual({ title: 'Chủ tịch', org: 'LĐLĐ', unnamed: true });
    const c = read('Doanh nghiệp', 'Sáng 9/6/2019, UBND tỉnh Hà Nam tổ chức hội nghị. Ông Lê Văn Bình, Tổng Giám đốc TCT phát biểu.');
    expect(positionsOf(c, 'Lê Văn Bình')).toEqual(['Tổng Giám đốc TCT']);
    expect(c.organizations.map((o) => o.name)).not.toContain('TCT');
  });
  it('not the field of a ministry, a Roman numeral or another office', () => {
    expect(pos('Bộ trưởng GTVT cho biết')).toEqual({ title: 'Bộ trưởng', org: null, unnamed: false });
    expect(pos('Ủy viên XII')).toEqual({ title: 'Ủy viên', org: null, unnamed: false });
  });
  it('the national chamber of commerce is a national body, one entry for its two names', () => {
    const c = read('Diễn đàn', 'Sáng 9/6/2019, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tổ chức diễn đàn. Chủ tịch VCCI Vũ Văn Hải phát biểu khai mạc.');
    expect(c.organizations.filter((o) => /VCCI|Phòng Thương mại/u.test(o.name)).map((o) => o.name)).toEqual(['Phòng Thương mại và Công nghiệp Việt Nam']);
    expect(positionsOf(c, 'Vũ Văn Hải')).toEqual(['Chủ tịch VCCI']);
  });
});

describe('a deputy with the delegation in brackets', () => {
  it('"(Đoàn Tp. Hà Nội)" capitalised, as in a caption, is the delegation too', () => {
    const c = read('Thảo luận', 'Sáng 9/6/2019, Quốc hội thảo luận ở hội trường. Đại biểu Lê Thị Thu (Đoàn Tp. Hà Nội) phát biểu.');
    expect(orgNames(c)).toContain('Đoàn đại biểu Quốc hội | Hà Nội');
    expect(orgNames(c).some((n) => n.startsWith('Đoàn Tp'))).toBe(false);
  });
});

describe('the place of a body that names none', () => {
  it('a department of a centrally-run city takes the city', () => {
    const c = read('Thể thao', 'Sáng 9/6/2019, UBND TP Hà Nội tổ chức hội nghị. UBND TP Hà Nội giao Sở VHTT kiểm tra các sân bóng.');
    expect(orgNames(c)).toContain('Sở VHTT | Hà Nội');
  });
  it('a body that writes "tỉnh" is never placed in a city', () => {
    const c = read('Xe công', 'Sáng 9/6/2019, UBND TP Hà Nội tổ chức hội nghị. Quy định áp dụng với Phó Bí thư Tỉnh ủy và tương đương.');
    expect(orgNames(c)).not.toContain('Tỉnh ủy | Hà Nội');
  });
  it('a department where a provincial city is named stays unplaced', () => {
    const c = read('Thể thao', 'Sáng 9/6/2019, UBND thành phố Vinh tổ chức hội nghị. UBND thành phố Vinh giao Sở VHTT kiểm tra các sân bóng.');
    expect(orgNames(c)).toContain('Sở VHTT');
  });
  it('a level word alone is the unit the report is about: the one it names more than all others', () => {
    const c = read(
      'Kiểm tra',
      'Sáng 9/6/2019, Ban Thường vụ Tỉnh ủy Hà Nam tiếp đoàn kiểm tra. Đoàn kiểm tra Tỉnh ủy Hà Nam và Tỉnh ủy Ninh Bình. Tỉnh ủy Hà Nam đã báo cáo. Nhiều cán bộ được bầu vào Ban Chấp hành đảng bộ tỉnh khóa mới.',
    );
    expect(orgNames(c)).toContain('Ban Chấp hành Đảng bộ tỉnh | Hà Nam');
  });
  it('two provinces named as often: no place is guessed', () => {
    const c = read(
      'Kiểm tra',
      'Sáng 9/6/2019, đoàn công tác làm việc tại Tỉnh ủy Hà Nam và Tỉnh ủy Ninh Bình. Nhiều cán bộ được bầu vào Ban Chấp hành đảng bộ tỉnh khóa mới.',
    );
    expect(orgNames(c)).toContain('Ban Chấp hành Đảng bộ tỉnh');
  });
});

describe('a station is named for its service', () => {
  const org = (s: string) => parseOrgAt(makeDoc(s), 0)?.name ?? null;
  it('a compound, a known field or an abbreviation after "Trạm"', () => {
    expect(org('Trạm Thú y huyện Ba Vì')).toBe('Trạm Thú y huyện');
    expect(org('Trạm y tế xã Tân Lập')).toBe('Trạm y tế xã');
    expect(org('Trạm CSGT đã lập biên bản')).toBe('Trạm CSGT');
  });
  it('a capitalised word alone after it is a place name', () => {
    expect(org('Trạm Hành hay Bắc Hà là nơi')).toBeNull();
    const c = read('Đặc sản', 'Nói đến mận, người ta nhớ đến Trạm Hành hay Bắc Hà của tỉnh Lào Cai.');
    expect(c.organizations).toEqual([]);
  });
});

describe('a field is never joined by "hay" or "hoặc"', () => {
  it('ends before the conjunction', () => {
    expect(parseOrgAt(makeDoc('Cục Thuế hoặc Kho bạc'), 0)?.name).toBe('Cục Thuế');
  });
  it('"Thể dục thể thao" is one field, in the case of the body’s name', () => {
    expect(parseOrgAt(makeDoc('Tổng cục Thể dục thể thao cho biết'), 0)?.name).toBe('Tổng cục Thể dục thể thao');
  });
});

describe('a by-line glued to the body', () => {
  it('a writer’s initials alone', () => {
    const c = read('Đại hội', 'Sáng 7/7/2017, Công đoàn cơ quan tổ chức đại hội. Đại hội đã bầu Ban Chấp hành khóa mới. T.H ');
    expect(c.authors).toEqual(['T.H']);
  });
  it('names before an agency’s domain, and the source a translation is after', () => {
    expect(read('Tin', 'Thủ tướng nói như vậy./. Lan Chi/VOV.VN ').authors).toEqual(['Lan Chi']);
    expect(read('Tin', 'Cuộc họp kết thúc./. Minh Khôi/VOV.VN Theo Reuters ').authors).toEqual(['Minh Khôi']);
  });
  it('an agency code alone is no writer', () => {
    expect(read('Tin', 'Cuộc họp kết thúc tốt đẹp. TTXVN ').authors).toEqual([]);
  });
});

describe('a role cue whose object is a meeting of any kind of the contract', () => {
  it('"chủ trì họp báo", "chủ trì đại hội"', () => {
    const c = read(
      'Họp báo',
      'Sáng 19/5/2017, Ban Tuyên giáo Tỉnh ủy Hà Nam tổ chức họp báo. Ông Lê Văn Hưng - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì họp báo.',
    );
    expect(c.meetings[0]?.participants).toEqual([{ name: 'Lê Văn Hưng', role: 'chair' }]);
  });
});
