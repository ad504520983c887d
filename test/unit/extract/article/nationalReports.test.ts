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
    const m = only(
      read(
        'Kiểm tra tại Cà Mau',
        'Thực hiện kế hoạch của Ban Bí thư, ngày 14/3/2019, ông Lê Văn Bình, Ủy viên Bộ Chính trị dẫn đầu đoàn kiểm tra của Ban Bí thư đã đến làm việc với Ban Thường vụ Tỉnh ủy Cà Mau về công tác cán bộ. Phát biểu tại cuộc làm việc, ông Lê Văn Bình đề nghị Tỉnh ủy rà soát quy hoạch.',
      ),
    );
    expect(m).toMatchObject({
      title: 'Cuộc làm việc của Đoàn kiểm tra của Ban Bí thư với Ban Thường vụ Tỉnh ủy Cà Mau',
      date: '2019-03-14',
      organizers: ['Đoàn kiểm tra của Ban Bí thư', 'Ban Thường vụ Tỉnh ủy'],
      place: 'Cà Mau',
    });
  });
  it('a team with a number is a body named by its sender; "đoàn kiểm tra" alone names none', () => {
    expect(org('Đoàn kiểm tra số 12 của Bộ Chính trị làm việc')).toEqual({ name: 'Đoàn kiểm tra số 12 của Bộ Chính trị', place: null });
    expect(org('đoàn công tác của Tỉnh ủy Lào Cai')).toEqual({ name: 'Đoàn công tác của Tỉnh ủy', place: 'Lào Cai' });
    expect(org('Đoàn kiểm tra đã làm việc')).toBeNull();
  });
  it('a leader working with departments: no team, the topic names the session', () => {
    const m = only(
      read(
        'Xe công',
        'Ngày 4/3/2019, Phó Chủ tịch UBND TPHCM Lâm Văn Đức đã làm việc với lãnh đạo các sở, ngành về xã hội hóa đầu tư công. Tại buổi làm việc, ông Đức cho biết thành phố sẽ thuê xe.',
      ),
    );
    expect(m).toMatchObject({ title: 'Buổi làm việc với lãnh đạo các sở, ngành về xã hội hóa đầu tư công', organizers: [], date: '2019-03-04' });
  });
});

describe('leads of national reports', () => {
  it('a framing clause before the day: the day after the first comma opens the lead', () => {
    const m = only(
      read(
        'Bế mạc phiên họp',
        'Tiếp tục chương trình làm việc, sáng 9/4/2019, dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Thanh Hải, Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự án luật và bế mạc Phiên họp thứ 33 của Ủy ban Thường vụ Quốc hội.',
      ),
    );
    expect(m).toMatchObject({ title: 'Phiên họp thứ 33 của Ủy ban Thường vụ Quốc hội', date: '2019-04-09', organizers: ['Ủy ban Thường vụ Quốc hội'] });
  });
  it('the months gone so far name the year of a day written without one', () => {
    const m = only(
      read('Thảo luận tại tổ', 'Chiều 21/5, Quốc hội thảo luận ở tổ về kết quả năm 2018 và tình hình những tháng đầu năm 2019, các đại biểu tán thành.'),
    );
    expect(m.date).toBe('2019-05-21');
  });
  it('a target year ("đến hết năm 2021") is not the year of the meeting', () => {
    const c = read(
      'Phiên họp',
      'Sáng 3/6, Ủy ban Thường vụ Quốc hội đã họp phiên thứ 5, cho ý kiến về vốn giao đến hết năm 2021 và đến hết năm 2021 phải giải ngân.',
    );
    expect(c.meetings[0]?.date ?? null).toBeNull();
  });
});

describe('meetings named first, dated after', () => {
  it('a closing after days of work: the numbered session opens the sentence, its day follows the verb', () => {
    const m = only(
      read(
        'Bế mạc Hội nghị Trung ương',
        'Sau 4 ngày làm việc khẩn trương, Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa XIII đã hoàn thành chương trình đề ra và bế mạc vào chiều 9/10/2019. Tổng Bí thư Lê Văn Hùng phát biểu bế mạc Hội nghị.',
      ),
    );
    expect(m).toMatchObject({
      title: 'Hội nghị lần thứ 7 Ban Chấp hành Trung ương Đảng khóa XIII',
      date: '2019-10-09',
      organizers: ['Ban Chấp hành Trung ương Đảng'],
    });
    expect(m.participants).toEqual([{ name: 'Lê Văn Hùng', role: 'spoke' }]);
  });
  it('a city committee\'s plenum: "Đảng bộ Thành phố" keeps its level word as written', () => {
    const m = only(
      read(
        'Hội nghị Thành ủy',
        '(Ảnh: Minh Anh/TTXVN) Sau hai ngày làm việc, Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ Thành phố Cần Thơ khóa XIV đã diễn ra phiên bế mạc chiều 12/7/2018.',
      ),
    );
    expect(m).toMatchObject({
      title: 'Hội nghị lần thứ 12 Ban Chấp hành Đảng bộ Thành phố Cần Thơ khóa XIV',
      organizers: ['Ban Chấp hành Đảng bộ Thành phố'],
      place: 'Cần Thơ',
    });
  });
  it("a sapo and a lead on the same day are one meeting, named as the sapo wrote it, dated with the lead's year", () => {
    const m = only(
      read(
        'Khai mạc kỳ họp',
        'Kỳ họp thứ tư, Quốc hội khóa XV đã khai mạc trọng thể tại Nhà Quốc hội vào sáng 20/10.',
        'Sáng 20/10/2022, Lễ khai mạc Kỳ họp lần thứ 4, Quốc hội khóa XV được tổ chức trọng thể tại Nhà Quốc hội.',
      ),
    );
    expect(m).toMatchObject({ title: 'Kỳ họp thứ tư, Quốc hội khóa XV', date: '2022-10-20', organizers: ['Quốc hội'] });
  });
  it('a meeting only announced is not reported', () => {
    expect(read('Sắp khai mạc', 'Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII sẽ khai mạc vào sáng 2/10/2023.').meetings).toEqual([]);
  });
  it('a dated lead set in a named session reports that session', () => {
    const m = only(
      read(
        'Thảo luận tổ',
        'Chiều 2/6/2020, tại Kỳ họp thứ 9, Quốc hội khóa XIV, các đại biểu đã thảo luận tại tổ về dự án luật. Đại biểu Đỗ Văn Nam (đoàn Nam Định) phát biểu ý kiến.',
      ),
    );
    expect(m).toMatchObject({ title: 'Kỳ họp thứ 9, Quốc hội khóa XIV', date: '2020-06-02', organizers: ['Quốc hội'] });
  });
  it('an ordinal before a body is no count of bodies', () => {
    const c = read('Hội nghị', 'Sáng 3/3/2020, Hội nghị lần thứ 5 Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVI đã khai mạc.');
    expect(c.organizations.map((o) => `${o.name}|${o.place ?? ''}`)).toContain('Ban Chấp hành Đảng bộ tỉnh|Hà Giang');
  });
});

describe('team offices and the Party bodies of ministries', () => {
  it('"làm Trưởng đoàn" and a team office after the name are the person\'s; a team sent by no one named is no body', () => {
    const c = read(
      'Kiểm tra',
      'Sáng 2/4/2019, Đoàn kiểm tra của Ban Bí thư do Bí thư Trung ương Đảng Lê Văn Tâm làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Sơn La. Tại hội nghị, bà Hà Thị Mai, Phó trưởng đoàn kiểm tra số 9 đã công bố quyết định kiểm tra.',
    );
    expect(c.people.find((p) => p.name === 'Lê Văn Tâm')?.positions).toEqual(['Bí thư Trung ương Đảng', 'Trưởng Đoàn']);
    expect(c.people.find((p) => p.name === 'Hà Thị Mai')?.positions).toEqual(['Phó Trưởng Đoàn kiểm tra số 9']);
    expect(c.organizations.map((o) => o.name)).not.toContain('Đoàn kiểm tra số 9');
    expect(c.meetings[0]?.participants).toContainEqual({ name: 'Hà Thị Mai', role: 'spoke' });
  });
  it('an office after the name, then another person, stays with that person', () => {
    const c = read(
      'Họp',
      'Sáng 3/5/2019, Thủ tướng Chính phủ Lê Văn Thành, Phó Thủ tướng Trần Minh Hà dự Hội nghị tổng kết công tác năm 2018 của Bộ Tài chính.',
    );
    expect(c.people.find((p) => p.name === 'Lê Văn Thành')?.positions).toEqual(['Thủ tướng Chính phủ']);
  });
  it('the Party committee of a ministry is named with the ministry; "Bí thư Ban cán sự Đảng" alone keeps its body in the title', () => {
    expect(org('Ban cán sự Đảng Bộ Tài chính đã')).toEqual({ name: 'Ban cán sự Đảng Bộ Tài chính', place: null });
    const c = read('Làm việc', 'Sáng 5/6/2019, Bí thư Ban cán sự Đảng, Bộ trưởng Bộ Tài chính Đinh Văn Hòa cho rằng cần tiết kiệm chi.');
    expect(c.people[0]?.positions).toEqual(['Bí thư Ban cán sự Đảng', 'Bộ trưởng Bộ Tài chính']);
  });
});

describe('roles as national reports write them', () => {
  it('"dưới sự điều hành của" is the chair', () => {
    const c = read('Phiên họp', 'Sáng 9/4/2019, dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Thanh Hải, Ủy ban Thường vụ Quốc hội đã họp phiên thứ 33.');
    expect(c.meetings[0]?.participants).toEqual([{ name: 'Lê Thanh Hải', role: 'chair' }]);
  });
  it('more speech verbs: cho biết, cho rằng, nhận định, giới thiệu, công bố, tuyên bố khai mạc', () => {
    const c = read(
      'Hội nghị',
      'Sáng 5/1/2019, Tỉnh ủy Hà Giang tổ chức Hội nghị tổng kết năm 2018. Tại hội nghị, Phó Bí thư Tỉnh ủy Nông Văn Bình cho biết tỉnh đạt 20 chỉ tiêu. Trưởng ban Tổ chức Tỉnh ủy Lò Thị Hoa đã giới thiệu nội dung nghị quyết.',
    );
    expect(c.meetings[0]?.participants).toEqual([
      { name: 'Nông Văn Bình', role: 'spoke' },
      { name: 'Lò Thị Hoa', role: 'spoke' },
    ]);
  });
  it('"phát biểu chỉ đạo" is a speech', () => {
    const c = read(
      'Hội nghị',
      'Sáng 5/1/2019, Tỉnh ủy Hà Giang tổ chức Hội nghị tổng kết năm 2018. Phó Bí thư Tỉnh ủy Nông Văn Bình phát biểu chỉ đạo tại hội nghị.',
    );
    expect(c.meetings[0]?.participants).toEqual([{ name: 'Nông Văn Bình', role: 'spoke' }]);
  });
  it('a cue glued after a subheading (line breaks lost) heads its clause', () => {
    const c = read(
      'Hội nghị',
      'Sáng 5/1/2019, Tỉnh ủy Hà Giang tổ chức Hội nghị tổng kết năm 2018. Phát triển kinh tế vùng cao  Phát biểu kết luận hội nghị, ông Nông Văn Bình, Phó Bí thư Tỉnh ủy đánh giá cao kết quả.',
    );
    expect(c.meetings[0]?.participants).toContainEqual({ name: 'Nông Văn Bình', role: 'concluded' });
  });
});

describe("sittings, spoken-at leads and the report's own day", () => {
  it('"X đã họp kỳ thứ N": the numbered sitting is named with its body', () => {
    expect(only(read('Kỳ họp', 'Ngày 9-8-2019, Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 40 do ông Lê Văn Tư chủ trì.')).title).toBe(
      'Kỳ họp thứ 40 của Ủy ban Kiểm tra Trung ương',
    );
  });
  it("the headline adds the body's term to the same name", () => {
    const m = only(
      read(
        'Bế mạc Phiên họp thứ 20 của Ủy ban Thường vụ Quốc hội khóa XV',
        'Sáng 18/1/2023, Ủy ban Thường vụ Quốc hội đã bế mạc Phiên họp thứ 20 của Ủy ban Thường vụ Quốc hội.',
      ),
    );
    expect(m.title).toBe('Phiên họp thứ 20 của Ủy ban Thường vụ Quốc hội khóa XV');
  });
  it('no dated lead: a person concluding at a named meeting reports it, dated by "hôm nay (d/m)", its year from its monthly name', () => {
    const c = read(
      'Thủ tướng: Làm ngay',
      'Kết luận phần thảo luận tại phiên họp Chính phủ thường kỳ tháng 8/2019, nhấn mạnh yêu cầu cải cách, Thủ tướng nêu rõ: “Làm ngay”.',
      'Thủ tướng Lê Văn Thành cho biết “hôm nay (4/9), chúng ta thống nhất các giải pháp”.',
    );
    const m = only(c);
    expect(m).toMatchObject({
      title: 'Phiên họp Chính phủ thường kỳ tháng 8/2019',
      date: '2019-09-04',
      organizers: ['Chính phủ'],
      period: { year: 2019, part: null },
    });
    // "Thủ tướng" alone is the one holder of that office named in the article.
    expect(m.participants).toEqual(
      expect.arrayContaining([
        { name: 'Lê Văn Thành', role: 'concluded' },
        { name: 'Lê Văn Thành', role: 'spoke' },
      ]),
    );
  });
  it('a monthly meeting of December held in January is of the next year', () => {
    expect(only(read('Giao ban', 'Sáng 3/1, Thường trực Tỉnh ủy Yên Bái tổ chức giao ban tháng 12/2018 với các ban, ngành.')).date).toBe('2019-01-03');
  });
  it('"trình Thủ tướng chính phủ" is the office as addressee, no person', () => {
    const c = read(
      'Xe công',
      'Sáng 4/3/2019, Phó Chủ tịch UBND TPHCM Lâm Văn Đức đã làm việc với lãnh đạo các sở về xe công. Bộ Tài chính đã trình Thủ tướng chính phủ sửa đổi quyết định.',
    );
    expect(c.organizations.map((o) => o.name)).toContain('Thủ tướng Chính phủ');
  });
});

describe('bodies named by remit and offices that are no bodies', () => {
  const names = (c: ContractDocument): string[] => c.organizations.map((o) => o.name);
  it('O4: a steering committee\'s "về …" remit is part of its name, as written', () => {
    const c = read(
      'Hội nghị',
      'Sáng 5/3/2022, Huyện ủy Tân Lạc tổ chức hội nghị. Ban chỉ đạo về phòng, chống tham nhũng, tiêu cực huyện báo cáo kết quả. Ban Chỉ đạo về công tác giảm nghèo tổ chức hội nghị.',
    );
    expect(names(c)).toEqual(expect.arrayContaining(['Ban chỉ đạo về phòng, chống tham nhũng, tiêu cực huyện', 'Ban Chỉ đạo về công tác giảm nghèo']));
  });
  it('a ministry is not named by what it reports on', () => {
    expect(org('Bộ Nội vụ về kết quả thực hiện')).toEqual({ name: 'Bộ Nội vụ', place: null });
  });
  it('a bare "Ban Chỉ đạo" and the rank "Bí thư Trung ương Đảng" name no body', () => {
    const c = read(
      'Hội nghị',
      'Sáng 5/3/2022, Ban Bí thư tổ chức hội nghị. Bí thư Trung ương Đảng Lê Minh Khôi phát biểu. Thủ tướng đã thành lập Ban Chỉ đạo do một Phó Thủ tướng làm Trưởng ban.',
    );
    expect(names(c)).not.toContain('Trung ương Đảng');
    expect(names(c)).not.toContain('Ban Chỉ đạo');
  });
  it('"Thủ tướng Chính phủ" speaking is the Prime Minister, not the office as a body', () => {
    const c = read(
      'Hội nghị',
      'Sáng 5/3/2022, Chính phủ tổ chức hội nghị trực tuyến với các địa phương. Thủ tướng Chính phủ nhấn mạnh yêu cầu cải cách. Theo Thủ tướng Chính phủ, cần làm ngay.',
    );
    expect(names(c)).not.toContain('Thủ tướng Chính phủ');
  });
});

describe('deputies of the National Assembly and statements headed by the speaker', () => {
  it('"Đại biểu A (đoàn B)" is a deputy of the delegation of B; a statement headed "A: …" is a speech', () => {
    const c = read(
      'Thảo luận tổ',
      'Chiều 2/6/2020, tại Kỳ họp thứ 9, Quốc hội khóa XIV, các đại biểu đã thảo luận tại tổ về dự án luật. Đại biểu Đỗ Văn Nam (đoàn Tp. Hải Phòng): Cần sửa quy định về đất đai. Tôi cho rằng dự thảo còn chung chung.',
    );
    expect(c.people).toEqual([{ name: 'Đỗ Văn Nam', positions: ['Đại biểu Quốc hội'] }]);
    expect(c.organizations).toContainEqual({ name: 'Đoàn đại biểu Quốc hội', place: 'Hải Phòng' });
    expect(c.meetings[0]?.participants).toEqual([{ name: 'Đỗ Văn Nam', role: 'spoke' }]);
  });
});

describe('names, offices and abbreviations of national reports', () => {
  it('a province is no person, even after an office or "tại"', () => {
    const c = read('Phó Bí thư Đồng Nai bị kỷ luật', 'Sáng 3/7/2017, tại Hà Nội, Chủ tịch Quốc hội Lê Thị Hoa chủ trì phiên họp.');
    expect(c.people.map((p) => p.name)).toEqual(['Lê Thị Hoa']);
  });
  it('a shortened office adds nothing once its full form is known, whichever comes first (P4)', () => {
    const c = read('Họp', 'Sáng 3/5/2019, Phó Thủ tướng Lê Văn Tâm dự Hội nghị tổng kết của Bộ Tài chính. Phó Thủ tướng Chính phủ Lê Văn Tâm phát biểu.');
    expect(c.people.find((p) => p.name === 'Lê Văn Tâm')?.positions).toEqual(['Phó Thủ tướng Chính phủ']);
  });
  it('the office that delegates is not a title of the person acting for it', () => {
    const c = read(
      'Phiên họp',
      'Sáng 3/5/2019, Ủy ban Thường vụ Quốc hội họp phiên thứ 30. Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Tài chính Đinh Văn Hòa đã báo cáo.',
    );
    expect(c.people.find((p) => p.name === 'Đinh Văn Hòa')?.positions).toEqual(['Bộ trưởng Bộ Tài chính']);
  });
  it('"T.Ư" is "Trung ương" written short; a ministry\'s abbreviation keeps its "&"', () => {
    expect(org('Ủy ban kiểm tra T.Ư, Phó')).toEqual({ name: 'Ủy ban kiểm tra T.Ư', place: null });
    expect(org('Bộ GD&ĐT cho biết')).toEqual({ name: 'Bộ GD&ĐT', place: null });
    expect(org('Khối DN tư nhân')?.name).not.toContain('tư');
  });
});

describe('a trade union of agencies and its congress', () => {
  it('"Công đoàn cơ quan Dân, Đảng quận X" is a body; its congress is dated in the first year of the term it opens', () => {
    const m = only(
      read('Đại hội công đoàn', 'Ngày 14/6, Công đoàn cơ quan Dân, Đảng huyện Mê Linh đã tổ chức thành công Đại hội Công đoàn lần thứ VI, nhiệm kỳ 2018-2023.'),
    );
    expect(m).toMatchObject({
      title: 'Đại hội Công đoàn lần thứ VI, nhiệm kỳ 2018-2023',
      date: '2018-06-14',
      organizers: ['Công đoàn cơ quan Dân, Đảng huyện'],
      place: 'Mê Linh',
    });
  });
  it("late in the year the congress's year is not guessed", () => {
    expect(
      only(read('Đại hội', 'Ngày 14/11, Công đoàn cơ quan Dân, Đảng huyện Mê Linh đã tổ chức Đại hội Công đoàn lần thứ VI, nhiệm kỳ 2018-2023.')).date,
    ).toBeNull();
  });
});

it('an organizer is always one of the organizations (a committee part nothing completes is neither)', () => {
  const c = read('Làm việc', 'Chiều 15/5/2019, Đoàn kiểm tra của Bộ Chính trị đã làm việc với Ban cán sự đảng– Bộ Tư pháp.');
  const names = c.organizations.map((o) => o.name);
  for (const m of c.meetings) for (const o of m.organizers) expect(names).toContain(o);
});

it('"Việt Nam" after a body is part of a national body\'s name, no place', () => {
  expect(org('Mặt trận Tổ quốc Việt Nam đã')).toEqual({ name: 'Mặt trận Tổ quốc Việt Nam', place: null });
  expect(org('Hội Nông dân Việt Nam tổ chức')).toEqual({ name: 'Hội Nông dân Việt Nam', place: null });
});
