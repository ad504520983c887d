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

describe('positions told in narrative', () => {
  const positionsOf = (c: ContractDocument, name: string) => c.people.find((p) => p.name === name)?.positions ?? [];
  it('"trong thời gian giữ các cương vị X, Y, bà A": offices before the name', () => {
    const c = read(
      'Kỷ luật',
      'Chiều 8/2/2019, Ủy ban Kiểm tra Trung ương họp kỳ họp thứ 5. Trong thời gian giữ các cương vị Tỉnh ủy viên, Giám đốc Sở Y tế, bà Lê Thị Hoa đã vi phạm quy định.',
    );
    expect(positionsOf(c, 'Lê Thị Hoa')).toEqual(['Tỉnh ủy viên', 'Giám đốc Sở Y tế']);
  });
  it('a pronoun holds the offices of the person named before', () => {
    const c = read(
      'Nhân sự',
      'Ông Trần Văn Nam sinh năm 1970 tại Nam Định. Trước khi làm Thứ trưởng, ông từng giữ các chức vụ: Phó Vụ trưởng Vụ Pháp chế, Chánh Văn phòng Bộ. Trong thời gian giữ cương vị Phó Chủ tịch UBND tỉnh, ông đã ký nhiều văn bản.',
    );
    expect(positionsOf(c, 'Trần Văn Nam')).toEqual(['Phó Vụ trưởng Vụ Pháp chế', 'Chánh Văn phòng Bộ', 'Phó Chủ tịch UBND tỉnh']);
    expect(c.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Vụ Pháp chế', 'Văn phòng Bộ']));
  });
  it('"A đã được bầu làm …", "chỉ định ông A …, giữ chức …": the person named before the cue', () => {
    const c = read(
      'Bầu nhân sự',
      'Sáng 5/3/2019, HĐND tỉnh Hà Nam họp phiên bất thường. Ông Lê Văn Tâm đã được bầu làm Chủ tịch UBND tỉnh Hà Nam. Trước đó, Ban Bí thư chỉ định ông Lê Văn Tâm tham gia Ban Chấp hành Đảng bộ tỉnh, giữ chức Phó Bí thư Tỉnh ủy.',
    );
    expect(positionsOf(c, 'Lê Văn Tâm')).toEqual(['Chủ tịch UBND tỉnh', 'Phó Bí thư Tỉnh ủy']);
  });
  it('an office and a person joined by "là", the person also by the given name alone', () => {
    const c = read(
      'Nhân sự',
      'Sáng 5/3/2019, HĐND tỉnh Hà Nam họp. Bí thư Tỉnh ủy Hà Nam Lê Thị Mai phát biểu. Trước đó, bà Mai là Chủ tịch UBND tỉnh, còn Bí thư Tỉnh ủy là ông Đặng Văn Hùng.',
    );
    expect(positionsOf(c, 'Lê Thị Mai')).toEqual(['Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh']);
    expect(positionsOf(c, 'Đặng Văn Hùng')).toEqual(['Bí thư Tỉnh ủy']);
  });
  it('a former office is written without "nguyên"', () => {
    const c = read('Kỷ luật', 'Chiều 8/2/2019, Ban Bí thư họp, kỷ luật ông Trần Văn Nam, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Nam Định.');
    expect(positionsOf(c, 'Trần Văn Nam')).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']);
  });
  it('no office in a narrative: a role in lower case, or one given to others', () => {
    const c = read(
      'Du lịch',
      'Ông Lý Văn Sơn là trưởng đoàn của đoàn khách. Đồng chí Hà Văn Bình trao quyết định cho các cán bộ được bổ nhiệm giữ chức Phó Giám đốc Sở Y tế.',
    );
    expect(positionsOf(c, 'Lý Văn Sơn')).toEqual([]);
    expect(positionsOf(c, 'Hà Văn Bình')).toEqual([]);
  });
  it('offices told in narrative give no role at the meeting', () => {
    const c = read(
      'Kỷ luật',
      'Chiều 8/2/2019, Ủy ban Kiểm tra Trung ương họp kỳ họp thứ 5, xem xét vi phạm của bà Lê Thị Hoa. Bà Lê Thị Hoa khi còn là Giám đốc Sở Y tế chủ trì việc mua sắm thiết bị.',
    );
    expect(c.meetings).toHaveLength(1);
    expect(c.people.find((p) => p.name === 'Lê Thị Hoa')?.positions).toEqual(['Giám đốc Sở Y tế']);
    expect(c.meetings[0]?.participants).toEqual([]);
  });
});

describe('a head that is also a common word', () => {
  it('"Vụ" names a ministry department only before a capitalised field', () => {
    expect(org('Vụ Tổ chức cán bộ, Bộ Nội vụ')).toMatchObject({ name: 'Vụ Tổ chức cán bộ', national: true });
    expect(org('Vụ tai nạn huyện Mỹ Đức')).toBeNull();
    expect(org('Vụ Đông Xuân năm nay')).toBeNull();
    expect(org('Vụ TNGT xảy ra')).toBeNull();
  });
});

describe('a task assigned is no meeting held', () => {
  it('"X được giao chủ trì tổ chức quán triệt …" is planned', () => {
    const c = read('Kế hoạch', 'Theo kế hoạch, Vụ Pháp chế được giao chủ trì tổ chức quán triệt Luật Trẻ em từ quý 1/2019.');
    expect(c.meetings).toEqual([]);
  });
});

describe('committees of the National Assembly', () => {
  it('"Chủ nhiệm Ủy ban X của Quốc hội A": the position as written, the committee and the Assembly as bodies', () => {
    const c = read('Kỳ họp', 'Sáng 5/3/2019, Quốc hội họp phiên toàn thể. Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hoàng Văn Tùng trình bày báo cáo thẩm tra.');
    expect(c.people).toEqual([{ name: 'Hoàng Văn Tùng', positions: ['Chủ nhiệm Ủy ban Pháp luật của Quốc hội'] }]);
    // The committee is named with "của Quốc hội" (test/gold-genre 156: "Ủy ban Kinh tế của Quốc hội").
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Quốc hội', 'Ủy ban Pháp luật của Quốc hội']));
    expect(c.meetings[0]?.participants).toEqual([{ name: 'Hoàng Văn Tùng', role: 'spoke' }]);
  });
  it('keeps the Assembly when it is named only inside the position', () => {
    const c = read('Góp ý', 'Ông Lý Văn Bình, Phó Chủ nhiệm Hội đồng Dân tộc của Quốc hội, cho biết dự thảo đã được chỉnh lý.');
    expect(c.people[0]?.positions).toEqual(['Phó Chủ nhiệm Hội đồng Dân tộc của Quốc hội']);
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Quốc hội', 'Hội đồng Dân tộc của Quốc hội']));
  });
});

describe('what a meeting title holds', () => {
  it('the unit an inspection is about stays in the title; a place after "tại" does not', () => {
    const a = read(
      'Kiểm tra',
      'Ngày 12/4/2019, tại Văn phòng Tỉnh ủy Phú Yên, Đoàn kiểm tra số 12 của Bộ Chính trị tổ chức hội nghị công bố quyết định kiểm tra công tác cán bộ tại Tỉnh ủy Phú Yên.',
    );
    expect(a.meetings.map((m) => m.title)).toEqual(['Hội nghị công bố quyết định kiểm tra công tác cán bộ tại Tỉnh ủy Phú Yên']);
    const b = read('Giao ban', 'Ngày 12/4/2019, Ban Tuyên giáo Tỉnh ủy Phú Yên tổ chức hội nghị giao ban công tác tuyên giáo quý I tại Hội trường Tỉnh ủy.');
    expect(b.meetings.map((m) => m.title)).toEqual(['Hội nghị giao ban công tác tuyên giáo quý I']);
  });
});

describe('a level and place written once for a list of local bodies', () => {
  it('"Đảng ủy, HĐND, UBND xã X": each body of the commune, named as written', () => {
    const c = read('Xã', 'Năm 2018, trụ sở Đảng ủy, HĐND, UBND xã Nam Hà được xây mới.');
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Đảng ủy | Nam Hà', 'HĐND | Nam Hà', 'UBND xã | Nam Hà']));
    expect(orgNames(c)).not.toContain('HĐND');
  });
  it('dashes join the list too, and a committee keeps its own level', () => {
    const c = read('Huyện', 'Được sự chỉ đạo của Huyện ủy- HĐND- UBND huyện Kim Sơn, xã phát triển.');
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Huyện ủy | Kim Sơn', 'HĐND | Kim Sơn', 'UBND huyện | Kim Sơn']));
  });
  // The commune's whole community, a scope (hard case O5; test/gold-local O-b), no list of bodies.
  it('"Đảng bộ, chính quyền và nhân dân xã X" is the locality, no body', () => {
    const c = read('Xã', 'Năm 2018, Đảng bộ, chính quyền và nhân dân xã Nam Hà đạt nhiều kết quả.');
    expect(orgNames(c)).toEqual([]);
  });
  it('a station of a commune, and a province whose name ends in a head word', () => {
    expect(org('Trạm y tế xã Nam Hà')).toMatchObject({ name: 'Trạm y tế xã', place: 'Nam Hà' });
    expect(org('Thành ủy Hải Phòng họp')).toMatchObject({ name: 'Thành ủy', place: 'Hải Phòng' });
  });
});

describe('offices read as bodies, and one body written two ways', () => {
  it('"Thủ tướng Chính phủ" acting is its holder; as an issuer or an addressee it is a body', () => {
    const acting = read('Phiên họp', 'Sáng 2/7/2019, Chính phủ họp phiên thường kỳ. Thủ tướng Chính phủ và các thành viên Chính phủ đã chỉ đạo quyết liệt.');
    expect(orgNames(acting)).not.toContain('Thủ tướng Chính phủ');
    const issuer = read(
      'Xe công',
      'Ngày 2/7/2019, UBND tỉnh Nam Định họp về Quyết định số 12/2018/QĐ-TTg ngày 3/5/2018 của Thủ tướng Chính phủ. Sở Tài chính đã trình Thủ tướng Chính phủ đề án.',
    );
    expect(orgNames(issuer)).toContain('Thủ tướng Chính phủ');
  });
  it('a meeting the Prime Minister chairs is still found', () => {
    const c = read('Làm việc', 'Chiều 6/2/2019, Thủ tướng Chính phủ Nguyễn Văn Phúc chủ trì buổi làm việc với các bộ, ngành về cổ phần hóa.');
    expect(c.meetings).toHaveLength(1);
  });
  it('"Hội đồng nhân dân tỉnh" and "HĐND tỉnh" are one body, in the first form written', () => {
    const c = read('Kỳ họp', 'Sáng 2/7/2019, HĐND tỉnh Nam Định khai mạc kỳ họp thứ 8. Các đại biểu Hội đồng nhân dân tỉnh thảo luận.');
    expect(orgNames(c).filter((n) => n.includes('HĐND') || n.includes('Hội đồng nhân dân'))).toEqual(['HĐND tỉnh | Nam Định']);
  });
  it('"Văn phòng Bộ" is a unit of a ministry, no local body; "Ban Bí thư Trung ương" as written', () => {
    const c = read(
      'Nhân sự',
      'Sáng 2/7/2019, tỉnh Nam Định công bố quyết định của Ban Bí thư Trung ương. Ông Trần Văn Nam, Chánh Văn phòng Bộ, phát biểu. UBND tỉnh Nam Định tổ chức hội nghị.',
    );
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Ban Bí thư Trung ương', 'Văn phòng Bộ']));
  });
});

describe('one person, one place for offices at one level', () => {
  it('"Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh X": the committee of the same province', () => {
    const c = read(
      'Làm việc',
      'Sáng 2/7/2019, Tỉnh ủy Thái Bình làm việc với tỉnh Nam Định. Ông Trần Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nam Định phát biểu.',
    );
    expect(orgNames(c)).toEqual(expect.arrayContaining(['Tỉnh ủy | Nam Định', 'UBND tỉnh | Nam Định']));
  });
  it('"UBKT Trung ương" after "Ủy ban Kiểm tra Trung ương" is the same body', () => {
    const c = read('Kỳ họp', 'Chiều 8/2/2019, Ủy ban Kiểm tra Trung ương họp kỳ họp thứ 5. UBKT Trung ương quyết định thi hành kỷ luật.');
    expect(orgNames(c)).toEqual(['Ủy ban Kiểm tra Trung ương']);
  });
});

describe('classes of bodies name no body', () => {
  it('a body followed by more level words ("UBND quận, huyện") is a class', () => {
    const c = read('Xe công', 'Sáng 2/7/2019, UBND TPHCM họp. Các sở, UBND quận, huyện sẽ giao xe cho công ty quản lý.');
    expect(orgNames(c).some((n) => n.startsWith('UBND quận'))).toBe(false);
  });
  it("a people's council or committee in full, with neither level nor place, is the office of every level", () => {
    const c = read('Xe công', 'Sáng 2/7/2019, UBND TPHCM họp. Tiêu chuẩn xe áp dụng cho Chủ tịch Hội đồng nhân dân, Chủ tịch Ủy ban nhân dân các tỉnh.');
    expect(orgNames(c)).not.toContain('Hội đồng nhân dân');
    expect(orgNames(c)).not.toContain('Ủy ban nhân dân');
  });
});
